import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { inOrder, lockQuestionsForChange } from "./guards";

type Options = { actor: Actor; consultationId: string; questionId: string; direction: "up" | "down" };

/** Swaps a question with its neighbour, unless that would put a conditional question before the one it depends on. */
export const moveQuestion = ({ actor, consultationId, questionId, direction }: Options) =>
  db.$transaction(async (tx) => {
    await lockQuestionsForChange(tx, consultationId);
    const questions = await tx.consultationQuestion.findMany(inOrder(consultationId));
    const index = questions.findIndex((q) => q.id === questionId);
    if (index < 0) throw notFoundError("question");
    const [first, second] =
      direction === "up" ? [questions[index - 1], questions[index]] : [questions[index], questions[index + 1]];
    if (!first || !second) return;
    if (second.showIfQuestionId === first.id) {
      throw new DomainError(`"${second.label}" depends on the answer to "${first.label}", so it must come after it.`);
    }
    await tx.consultationQuestion.update({ where: { id: first.id }, data: { position: second.position } });
    await tx.consultationQuestion.update({ where: { id: second.id }, data: { position: first.position } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.question.moved",
      entityType: "Consultation",
      entityId: consultationId,
      details: { questionId, direction },
    });
  });
