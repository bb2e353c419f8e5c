"use server";

import { forbidden, redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ZTenantFeedback } from "@/lib/feedback/schemas";
import { submitFeedback } from "@/lib/feedback/submit-feedback";

// The customer always comes from the session, never the form: a tenant can only give feedback as themselves.
export const giveFeedbackAction = formAction(AREA_ROLES.tenant, {
  schema: ZTenantFeedback,
  run: (input, user) => {
    if (!user.customerId) forbidden();
    return submitFeedback({ ...input, customerId: user.customerId });
  },
  done: ({ id }) => redirect(`/tenant/feedback/${id}?sent=yes`),
});
