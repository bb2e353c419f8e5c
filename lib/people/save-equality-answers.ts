import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { answerOptions } from "./equality";
import { answerFieldName } from "./schemas";

/**
 * Replaces a customer's equality answers. Every question is optional; an answer must be one of the
 * landlord's options or "Prefer not to say".
 */
export const saveEqualityAnswers = async (options: {
  customerId: string;
  answers: Record<string, string>;
  now?: Date;
}) => {
  const { customerId, answers, now = new Date() } = options;
  const questions = await db.equalityQuestion.findMany({ select: { id: true, key: true, options: true } });
  const fieldErrors: Record<string, string> = {};
  const rows = questions.flatMap((question) => {
    const answer = answers[question.key];
    if (!answer) return [];
    if (!answerOptions(question.options).includes(answer)) {
      fieldErrors[answerFieldName(question.key)] = "Choose an answer from the list";
      return [];
    }
    return [{ customerId, questionId: question.id, answer, answeredAt: now }];
  });
  if (Object.keys(fieldErrors).length) throw new DomainError("Some answers are not in the list.", fieldErrors);
  await db.$transaction([
    db.equalityAnswer.deleteMany({ where: { customerId } }),
    db.equalityAnswer.createMany({ data: rows }),
  ]);
};
