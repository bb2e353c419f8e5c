import type { Tx } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";

/**
 * Questions are fixed once anyone has answered, so every response means the same thing. Called inside the
 * transaction that changes them; the row lock stops a response and a question change racing.
 */
export const lockQuestionsForChange = async (tx: Tx, consultationId: string) => {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "Consultation" WHERE "id" = ${consultationId} FOR UPDATE`;
  if (locked.length === 0) throw notFoundError("consultation");
  if (await tx.consultationResponse.count({ where: { consultationId } })) {
    throw new DomainError("The questions cannot change now: people have already responded.");
  }
};

/** findMany arguments for a questionnaire in order, for the client or a transaction alike. */
export const inOrder = (consultationId: string) => ({
  where: { consultationId },
  orderBy: { position: "asc" as const },
});
