import "server-only";
import { notFound } from "next/navigation";
import type { z } from "zod";
import { requireCustomer, requireRole, type CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { FormState } from "./form-state";

type Options<S extends z.ZodType, R, U> = {
  schema: S;
  run: (input: z.infer<S>, user: U) => Promise<R>;
  /** Runs after success, outside any try, so redirect() can throw through. */
  done: (result: R, input: z.infer<S>) => FormState | Promise<FormState>;
};

const GENERIC_PROBLEM = "There is a problem with what you entered. Check the answers marked below.";

// Submitted text comes back so a form re-rendered without JavaScript keeps what was typed; never secrets.
const echoValues = (formData: FormData) =>
  Object.fromEntries(
    Object.entries(formDataToObject(formData))
      .filter(([key]) => !key.startsWith("$") && !/password|token/i.test(key))
      .map(([key, value]) => [key, Array.isArray(value) ? value.filter((v) => typeof v === "string") : value])
      .filter(([, value]) => typeof value === "string" || Array.isArray(value)),
  ) as Record<string, string | string[]>;

// Checkbox groups send one entry per ticked box: those keys become arrays, the rest stay strings.
const formDataToObject = (formData: FormData) => {
  const object: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    object[key] = values.length > 1 ? values : (values[0] as FormDataEntryValue);
  }
  return object;
};

const UNUSUAL = "Remove the unusual characters from this answer";

// The database cannot store NUL characters: a tampered or pasted field with one is refused beside the field.
const fieldsWithNul = (formData: FormData) =>
  Object.fromEntries(
    [...new Set(formData.keys())]
      .filter(
        (key) =>
          !key.startsWith("$") &&
          formData.getAll(key).some((value) => typeof value === "string" && value.includes("\u0000")),
      )
      .map((key) => [key, UNUSUAL]),
  );

const firstErrors = (error: z.ZodError) => {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
};

/**
 * The shape of every server action: parse with zod, check the role, run one use case, map a
 * refusal to field errors (a missing record to a 404). Actions are reachable by direct POST, so the role check lives here, not in pages.
 */
const buildAction =
  <S extends z.ZodType, R, U>(authorize: () => Promise<U>, { schema, run, done }: Options<S, R, U>) =>
  async (_previous: FormState, formData: FormData): Promise<FormState> => {
    // Anyone can call an action with any arguments (proxy.ts only checks they decode): without a form it is no call
    // this action answers, so a 404 rather than a 500 from reading fields that are not there.
    if (!(formData instanceof FormData)) notFound();
    const user = await authorize();
    const unusual = fieldsWithNul(formData);
    if (Object.keys(unusual).length > 0) {
      return { status: "error", message: GENERIC_PROBLEM, fieldErrors: unusual, values: echoValues(formData) };
    }
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      return {
        status: "error",
        message: GENERIC_PROBLEM,
        fieldErrors: firstErrors(parsed.error),
        values: echoValues(formData),
      };
    }
    let result: R;
    try {
      result = await run(parsed.data, user);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // One answer to a missing record, whichever form asked: a 404, as for a page with a wrong id.
      if (error.code === "not-found") notFound();
      return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: echoValues(formData) };
    }
    return done(result, parsed.data);
  };

/** For signed-in users with one of `roles`; everyone else is sent to sign in or refused. */
export const formAction = <S extends z.ZodType, R>(roles: readonly Role[], options: Options<S, R, CurrentUser>) =>
  buildAction(() => requireRole(roles), options);

/**
 * For the tenant portal: the customer acted for is always the signed-in tenant's own record from the session,
 * never a value from the form, so a tenant can only act for themselves.
 */
export const tenantFormAction = <S extends z.ZodType, R>(
  options: Options<S, R, Awaited<ReturnType<typeof requireCustomer>>>,
) => buildAction(requireCustomer, options);

/** For the forms strangers use: sign in and password reset. */
export const publicFormAction = <S extends z.ZodType, R>(options: Options<S, R, null>) =>
  buildAction(async () => null, options);
