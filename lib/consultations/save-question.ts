import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { conditionProblem } from "@/lib/questions/rules";
import type { Actor } from "@/lib/auth/actor";
import { inOrder, lockQuestionsForChange } from "./guards";
import type { QuestionInput } from "./schemas";

/** Adds a question at the end, or changes one in place; a condition may only point to an earlier question. */
export const saveQuestion = ({ actor, input }: { actor: Actor; input: QuestionInput }) =>
  db.$transaction(async (tx) => {
    const { consultationId, questionId, ...fields } = input;
    await lockQuestionsForChange(tx, consultationId);
    const questions = await tx.consultationQuestion.findMany(inOrder(consultationId));
    const index = questionId ? questions.findIndex((question) => question.id === questionId) : questions.length;
    if (index < 0) throw notFoundError("question");
    const problem = conditionProblem(
      { showIfQuestionId: fields.showIfQuestionId ?? null, showIfAnswer: fields.showIfAnswer ?? null },
      questions.slice(0, index),
    );
    if (problem) throw new DomainError(problem, { showIfQuestionId: problem });
    const data = {
      ...fields,
      help: fields.help ?? null,
      section: fields.section ?? null,
      // Options and scales only mean something for the types that use them.
      options: ["SINGLE_CHOICE", "MULTIPLE_CHOICE"].includes(fields.type) ? fields.options : [],
      allowOther: ["SINGLE_CHOICE", "MULTIPLE_CHOICE"].includes(fields.type) && fields.allowOther,
      scaleKind: fields.type === "SCALE" ? (fields.scaleKind ?? null) : null,
      showIfQuestionId: fields.showIfQuestionId ?? null,
      showIfAnswer: fields.showIfQuestionId ? (fields.showIfAnswer ?? null) : null,
    };
    const saved = questionId
      ? await tx.consultationQuestion.update({ where: { id: questionId }, data, select: { id: true } })
      : await tx.consultationQuestion.create({
          data: { ...data, consultationId, position: (questions.at(-1)?.position ?? 0) + 1 },
          select: { id: true },
        });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: questionId ? "consultation.question.changed" : "consultation.question.added",
      entityType: "Consultation",
      entityId: consultationId,
      details: { questionId: saved.id, label: fields.label },
    });
    return saved;
  });
