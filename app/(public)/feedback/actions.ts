"use server";

import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/actions/form-action";
import { ZAnonymousFeedback } from "@/lib/feedback/schemas";
import { submitFeedback } from "@/lib/feedback/submit-feedback";

/** Feedback from someone who does not sign in: they leave a name and a way to reply. */
export const sendFeedbackAction = publicFormAction({
  schema: ZAnonymousFeedback,
  run: ({ contactName, contactEmail, contactPhone, ...about }) =>
    submitFeedback({ ...about, contact: { contactName, contactEmail, contactPhone } }),
  done: ({ reference, answerBy }) => redirect(`/feedback/sent?reference=${reference}&by=${answerBy}`),
});
