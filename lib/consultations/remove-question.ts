import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { inOrder, lockQuestionsForChange } from "./guards";

export const removeQuestion = ({
  actor,
  consultationId,
  questionId,
}: {
  actor: Actor;
  consultationId: string;
  questionId: string;
}) =>
  db.$transaction(async (tx) => {
    await lockQuestionsForChange(tx, consultationId);
    const questions = await tx.consultationQuestion.findMany(inOrder(consultationId));
    const question = questions.find((q) => q.id === questionId);
    if (!question) throw notFoundError("question");
    const dependent = questions.findIndex((q) => q.showIfQuestionId === questionId);
    if (dependent >= 0) {
      throw new DomainError(
        `Question ${dependent + 1} is only asked depending on this one. Change or remove it first.`,
      );
    }
    await tx.consultationQuestion.delete({ where: { id: questionId } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.question.removed",
      entityType: "Consultation",
      entityId: consultationId,
      details: { questionId, label: question.label },
    });
  });
