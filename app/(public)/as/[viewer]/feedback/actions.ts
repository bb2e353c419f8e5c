"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/actions/form-action";
import { formClient } from "@/lib/auth/client-ip";
import { limitPublicForm } from "@/lib/auth/public-form-limit";
import { ZAnonymousFeedback } from "@/lib/feedback/schemas";
import { submitFeedback } from "@/lib/feedback/submit-feedback";

/** Feedback from someone who does not sign in: they leave a name and a way to reply. */
export const sendFeedbackAction = publicFormAction({
  schema: ZAnonymousFeedback,
  run: async ({ contactName, contactEmail, contactPhone, ...about }) => {
    await limitPublicForm("feedback", formClient(await headers()));
    return submitFeedback({ ...about, contact: { contactName, contactEmail, contactPhone } });
  },
  done: ({ reference, answerBy }) => redirect(`/feedback/sent?reference=${reference}&by=${answerBy}`),
});
