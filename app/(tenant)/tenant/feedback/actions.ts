"use server";

import { forbidden, redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { escalateComplaint } from "@/lib/feedback/escalate-complaint";
import { ZStageTwoRequest, ZTenantFeedback } from "@/lib/feedback/schemas";
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

// The complainant asks for stage 2 themselves, as both complaint codes allow; only for their own complaint.
export const requestStageTwoAction = formAction(AREA_ROLES.tenant, {
  schema: ZStageTwoRequest,
  run: ({ feedbackId, reason }, user) => {
    if (!user.customerId) forbidden();
    return escalateComplaint({
      actor: user,
      feedbackId,
      request: { customerId: user.customerId, reason },
    });
  },
  done: (_result, { feedbackId }) => redirect(`/tenant/feedback/${feedbackId}?asked=yes`),
});
