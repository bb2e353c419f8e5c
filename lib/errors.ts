/** A refusal the user can act on: shown as the form's message, never logged as a fault. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
    readonly code = "refused",
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/**
 * The record a request names does not exist, or is not the user's to see: every server action answers this
 * with a 404, exactly as if the id did not exist (see lib/actions/form-action.ts).
 */
export const notFoundError = (what: string) => new DomainError(`We could not find that ${what}.`, {}, "not-found");

/**
 * A unique constraint refused the write (Prisma's P2002). The one test for it: duck-typed on the code, so it
 * also recognises the error from a transaction and needs no Prisma import (this file is shared with the browser).
 */
export const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
