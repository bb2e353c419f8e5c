import { db } from "@/lib/db";
import { answerOptions, suppressSmallCounts } from "./equality";

/** Answers to each equality question among current customers, counted in SQL, small numbers hidden. */
export const getEqualitySummary = async () => {
  const [questions, counts] = await Promise.all([
    db.equalityQuestion.findMany({ orderBy: { position: "asc" }, select: { id: true, label: true, options: true } }),
    db.$queryRaw<{ questionId: string; answer: string; count: bigint }[]>`
      SELECT a."questionId", a."answer", COUNT(*) AS count
      FROM "EqualityAnswer" a JOIN "Customer" c ON c."id" = a."customerId"
      WHERE c."status" = 'ACTIVE'
      GROUP BY a."questionId", a."answer"`,
  ]);
  const countOf = (questionId: string, answer: string) =>
    Number(counts.find((row) => row.questionId === questionId && row.answer === answer)?.count ?? 0);
  return questions.map((question) => ({
    label: question.label,
    rows: suppressSmallCounts(
      answerOptions(question.options).map((answer) => ({ answer, count: countOf(question.id, answer) })),
    ),
  }));
};

/** Individual answers: only for administrators and staff granted equality data. */
export const getCustomerEqualityAnswers = (customerId: string) =>
  db.equalityAnswer.findMany({
    where: { customerId },
    orderBy: { question: { position: "asc" } },
    select: { answer: true, question: { select: { label: true } } },
  });
