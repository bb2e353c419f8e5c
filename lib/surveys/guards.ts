import { DomainError, notFoundError } from "@/lib/errors";
import type { SurveyRoundStatus } from "@/lib/generated/prisma/enums";

export const roundNotFound = () => notFoundError("survey round");

/** Said the same way by the use case's own check and when the database's trigger refuses the write. */
export const ROUND_CLOSED = "This survey has closed, so it cannot take any more answers.";

export const requireOpen = (status: SurveyRoundStatus) => {
  if (status !== "OPEN") throw new DomainError(ROUND_CLOSED);
};

/** The open-round trigger's refusal, raised when a round closed between the check and the write. */
export const isRoundClosedRefusal = (error: unknown) =>
  error instanceof Error && error.message.includes("is not open for responses");
