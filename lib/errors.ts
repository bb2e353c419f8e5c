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
