"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { formAction } from "@/lib/actions/form-action";
import type { ConsultationDone } from "@/lib/consultations/labels";
import type { FormState } from "@/lib/actions/form-state";
import { AREA_ROLES } from "@/lib/auth/rules";
import { attachDocument, removeDocument } from "@/lib/consultations/attach-document";
import { closeConsultation } from "@/lib/consultations/close-consultation";
import { createConsultation } from "@/lib/consultations/create-consultation";
import { moveQuestion } from "@/lib/consultations/move-question";
import { publishConsultation } from "@/lib/consultations/publish-consultation";
import { publishOutcome } from "@/lib/consultations/publish-outcome";
import { publishResults } from "@/lib/consultations/publish-results";
import { redactAnswer } from "@/lib/consultations/redact-answer";
import { removeQuestion } from "@/lib/consultations/remove-question";
import { saveQuestion } from "@/lib/consultations/save-question";
import {
  ZConfirmedConsultationRef,
  ZConfirmedRedactAnswer,
  ZConsultationChange,
  ZConsultationDetails,
  ZConsultationRef,
  ZDocumentRef,
  ZDocumentUpload,
  ZMoveQuestion,
  ZOfflineResponse,
  ZOutcome,
  ZQuestionInput,
  ZQuestionRef,
} from "@/lib/consultations/schemas";
import { submitResponse } from "@/lib/consultations/submit-response";
import { updateConsultation } from "@/lib/consultations/update-consultation";

const saved = (consultationId: string, message: string): FormState => {
  revalidatePath(`/staff/consultations/${consultationId}`, "layout");
  // Published consultations, their documents, results and outcomes are on the public pages.
  revalidatePublicPages();
  return { status: "ok", message };
};

export const createConsultationAction = formAction(AREA_ROLES.staff, {
  schema: ZConsultationDetails,
  run: (details, user) => createConsultation({ actor: user, details }),
  done: ({ id }) => redirect(`/staff/consultations/${id}/questions`),
});

export const updateConsultationAction = formAction(AREA_ROLES.staff, {
  schema: ZConsultationChange,
  run: ({ consultationId, ...details }, user) => updateConsultation({ actor: user, consultationId, details }),
  done: (_result, { consultationId }) => {
    revalidatePublicPages();
    redirect(`/staff/consultations/${consultationId}`);
  },
});

export const saveQuestionAction = formAction(AREA_ROLES.staff, {
  schema: ZQuestionInput,
  run: (input, user) => saveQuestion({ actor: user, input }),
  done: (_result, { consultationId, questionId }) =>
    questionId
      ? redirect(`/staff/consultations/${consultationId}/questions`)
      : saved(consultationId, "The question has been added."),
});

export const removeQuestionAction = formAction(AREA_ROLES.staff, {
  schema: ZQuestionRef,
  run: ({ consultationId, questionId }, user) => removeQuestion({ actor: user, consultationId, questionId }),
  done: (_result, { consultationId }) => saved(consultationId, "The question has been removed."),
});

export const moveQuestionAction = formAction(AREA_ROLES.staff, {
  schema: ZMoveQuestion,
  run: ({ consultationId, questionId, direction }, user) =>
    moveQuestion({ actor: user, consultationId, questionId, direction }),
  done: (_result, { consultationId }) => saved(consultationId, "The question has been moved."),
});

// After a confirmed step the officer lands back on the consultation, where a notice says what happened.
const doneOn = (consultationId: string, done: ConsultationDone, path = ""): never => {
  revalidatePath(`/staff/consultations/${consultationId}`, "layout");
  redirect(`/staff/consultations/${consultationId}${path}?done=${done}`);
};

export const publishConsultationAction = formAction(AREA_ROLES.staff, {
  schema: ZConfirmedConsultationRef,
  run: ({ consultationId }, user) => publishConsultation({ actor: user, consultationId }),
  done: (status, { consultationId }) => doneOn(consultationId, status === "OPEN" ? "opened" : "scheduled"),
});

export const closeConsultationAction = formAction(AREA_ROLES.staff, {
  schema: ZConfirmedConsultationRef,
  run: ({ consultationId }, user) => closeConsultation({ actor: user, consultationId }),
  done: (_result, { consultationId }) => doneOn(consultationId, "closed"),
});

export const publishResultsAction = formAction(AREA_ROLES.staff, {
  schema: ZConsultationRef,
  run: ({ consultationId }, user) => publishResults({ actor: user, consultationId }),
  done: (_result, { consultationId }) => saved(consultationId, "The results are published."),
});

export const publishOutcomeAction = formAction(AREA_ROLES.staff, {
  schema: ZOutcome,
  run: ({ consultationId, youSaid, outcome, outcomeCodes }, user) =>
    publishOutcome({ actor: user, consultationId, youSaid, outcome, outcomeCodes }),
  done: (_result, { consultationId }) => saved(consultationId, "The outcome is published on You said, We did."),
});

export const redactAnswerAction = formAction(AREA_ROLES.staff, {
  schema: ZConfirmedRedactAnswer,
  run: ({ consultationId, answerId }, user) => redactAnswer({ actor: user, consultationId, answerId }),
  done: (_result, { consultationId }) => doneOn(consultationId, "answer-removed", "/results"),
});

export const enterResponseAction = formAction(AREA_ROLES.staff, {
  schema: ZOfflineResponse,
  run: ({ consultationId, channel, customerReference, ...answers }, user) =>
    submitResponse({ consultationId, channel, customerReference, enteredBy: user, answers }),
  done: (_result, { consultationId }) =>
    saved(consultationId, "The response has been saved. You can enter the next one."),
});

export const attachDocumentAction = formAction(AREA_ROLES.staff, {
  schema: ZDocumentUpload,
  run: ({ consultationId, title, file }, user) => attachDocument({ actor: user, consultationId, title, file }),
  done: (document) => saved(document.consultationId, `Attached ${document.title}.`),
});

export const removeDocumentAction = formAction(AREA_ROLES.staff, {
  schema: ZDocumentRef,
  run: (input, user) => removeDocument({ actor: user, ...input }),
  done: (_result, { consultationId }) => saved(consultationId, "Document removed."),
});
