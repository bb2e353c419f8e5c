"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { AREA_ROLES } from "@/lib/auth/rules";
import { acknowledgeFeedback } from "@/lib/feedback/acknowledge-feedback";
import { agreeExtension } from "@/lib/feedback/agree-extension";
import { assignFeedback } from "@/lib/feedback/assign-feedback";
import { closeFeedback } from "@/lib/feedback/close-feedback";
import { escalateComplaint } from "@/lib/feedback/escalate-complaint";
import { recordFeedback } from "@/lib/feedback/record-feedback";
import { recordLearning } from "@/lib/feedback/record-learning";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { replyToFeedback } from "@/lib/feedback/reply-to-feedback";
import {
  ZComplaintLearning,
  ZExtension,
  ZFeedbackAssignment,
  ZFeedbackRef,
  ZFeedbackReply,
  ZFeedbackStandards,
  ZOfficerFeedback,
} from "@/lib/feedback/schemas";
import { updateStandards } from "@/lib/feedback/update-standards";

const saved = (feedbackId: string, message: string): FormState => {
  revalidatePath(`/staff/feedback/${feedbackId}`);
  revalidatePath("/staff/feedback");
  return { status: "ok", message };
};

export const recordFeedbackAction = formAction(AREA_ROLES.staff, {
  schema: ZOfficerFeedback,
  run: (input, user) => recordFeedback({ actor: user, input }),
  done: ({ id }) => redirect(`/staff/feedback/${id}`),
});

export const acknowledgeFeedbackAction = formAction(AREA_ROLES.staff, {
  schema: ZFeedbackRef,
  run: ({ feedbackId }, user) => acknowledgeFeedback({ actor: user, feedbackId }),
  done: (_result, { feedbackId }) => saved(feedbackId, "Recorded as acknowledged today."),
});

export const replyToFeedbackAction = formAction(AREA_ROLES.staff, {
  schema: ZFeedbackReply,
  run: ({ feedbackId, text, final }, user) =>
    replyToFeedback({ actor: user, feedbackId, text, final: final === "yes" }),
  done: (_result, { feedbackId, final }) =>
    saved(feedbackId, final === "yes" ? "Your answer is sent and the clock has stopped." : "Your reply is sent."),
});

export const closeFeedbackAction = formAction(AREA_ROLES.staff, {
  schema: ZFeedbackRef,
  run: ({ feedbackId }, user) => closeFeedback({ actor: user, feedbackId }),
  done: (_result, { feedbackId }) => saved(feedbackId, "The feedback is closed."),
});

export const escalateComplaintAction = formAction(AREA_ROLES.staff, {
  schema: ZFeedbackRef,
  run: ({ feedbackId }, user) => escalateComplaint({ actor: user, feedbackId }),
  done: (_result, { feedbackId }) => saved(feedbackId, "The complaint is now at stage 2, with new clocks from today."),
});

export const agreeExtensionAction = formAction(AREA_ROLES.staff, {
  schema: ZExtension,
  run: ({ feedbackId, extensionWorkingDays }, user) =>
    agreeExtension({ actor: user, feedbackId, extensionWorkingDays }),
  done: (_result, { feedbackId }) => saved(feedbackId, "The extension is recorded and the answer date has moved."),
});

export const assignFeedbackAction = formAction(AREA_ROLES.staff, {
  schema: ZFeedbackAssignment,
  run: ({ feedbackId, officerId }, user) => assignFeedback({ actor: user, feedbackId, officerId }),
  done: (_result, { feedbackId }) => saved(feedbackId, "The feedback has been assigned."),
});

export const updateStandardsAction = formAction(AREA_ROLES.staff, {
  schema: ZFeedbackStandards,
  run: (standards, user) => updateStandards({ actor: user, standards }),
  done: () => {
    revalidatePath("/staff/feedback/standards");
    return { status: "ok", message: "The service standard is saved. New feedback uses it from now on." };
  },
});

export const recordLearningAction = formAction(AREA_ROLES.staff, {
  schema: ZComplaintLearning,
  run: ({ feedbackId, learned, changed, publish, outcomeCodes }, user) =>
    recordLearning({ actor: user, feedbackId, learned, changed, publish: publish === "yes", outcomeCodes }),
  done: (_result, { feedbackId, publish }) => {
    revalidatePublicPages();
    return saved(
      feedbackId,
      publish === "yes" ? "The learning is saved and published in You said, We did." : "The learning is saved.",
    );
  },
});
