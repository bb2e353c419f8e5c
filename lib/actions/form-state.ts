/** What every form's server action returns, for useActionState to show. */
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | {
      status: "error";
      message: string;
      fieldErrors: Record<string, string>;
      values: Record<string, string | string[]>;
    };

export const IDLE: FormState = { status: "idle" };

/** What the user last submitted for a field, so a form re-rendered after an error keeps it. */
export const submittedValue = (state: FormState, name: string): string | string[] | undefined =>
  state.status === "error" ? state.values[name] : undefined;

export const fieldError = (state: FormState, name: string) =>
  state.status === "error" ? state.fieldErrors[name] : undefined;
