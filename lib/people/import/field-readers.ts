import { z } from "zod";
import { normaliseEmail } from "@/lib/auth/rules";
import { normalisePostcode, UK_POSTCODE } from "@/lib/people/rules";

/**
 * A field in error still yields a value of the right type, so the rest of the line can be checked and
 * every problem reported at once; the line itself is then left out of the import.
 */
export type Reading<T> = { value: T; problem?: string };
export type Reader<T> = (raw: string) => Reading<T>;

const shown = (raw: string) => `"${raw.length > 40 ? `${raw.slice(0, 40)}...` : raw}"`;

const tooLong = (label: string, max: number) => `${label} must be ${max} characters or fewer`;

export const requiredText =
  ({ missing, label, max }: { missing: string; label: string; max: number }): Reader<string> =>
  (raw) => {
    if (!raw) return { value: "", problem: missing };
    return raw.length > max ? { value: "", problem: tooLong(label, max) } : { value: raw };
  };

export const optionalText =
  ({ label, max }: { label: string; max: number }): Reader<string | null> =>
  (raw) => {
    if (!raw) return { value: null };
    return raw.length > max ? { value: null, problem: tooLong(label, max) } : { value: raw };
  };

type ChoiceOptions<T> = {
  choices: Record<string, T>;
  /** Used when the field is empty; without it an empty field is a problem. */
  empty?: NoInfer<T>;
  placeholder: NoInfer<T>;
  missing?: string;
  /** For the message about a value not in the list: "is not a stock type". */
  noun: string;
  allowed: string;
};

/** "Joint Tenant", "joint-tenant" and "JOINT_TENANT" all mean joint_tenant. */
const choiceKey = (raw: string) => raw.toLowerCase().replace(/[\s-]+/g, "_");

export const choice =
  <T>({ choices, empty, placeholder, missing, noun, allowed }: ChoiceOptions<T>): Reader<T> =>
  (raw) => {
    if (!raw)
      return empty === undefined ? { value: placeholder, problem: missing ?? `Use ${allowed}` } : { value: empty };
    const value = choices[choiceKey(raw)];
    return value === undefined
      ? { value: placeholder, problem: `${shown(raw)} is not ${noun}. Use ${allowed}` }
      : { value };
  };

const EMAIL = z.email();

export const email: Reader<string | null> = (raw) => {
  if (!raw) return { value: null };
  const value = normaliseEmail(raw);
  return EMAIL.safeParse(value).success && value.length <= 254
    ? { value }
    : { value: null, problem: `${shown(raw)} is not an email address. Enter one like name@example.com` };
};

// Digits with the spacing and punctuation people write phone numbers with; 10 to 15 digits covers UK and international numbers.
const PHONE_CHARACTERS = /^\+?[0-9 ()-]+$/;

export const phone: Reader<string | null> = (raw) => {
  if (!raw) return { value: null };
  const digits = raw.replace(/\D/g, "").length;
  return PHONE_CHARACTERS.test(raw) && digits >= 10 && digits <= 15
    ? { value: raw.replace(/\s+/g, " ") }
    : { value: null, problem: `${shown(raw)} is not a phone number. Enter one like 01632 960 001 or 07700 900 982` };
};

export const postcode: Reader<string> = (raw) => {
  if (!raw) return { value: "", problem: "Enter the postcode" };
  const value = normalisePostcode(raw);
  return UK_POSTCODE.test(value)
    ? { value }
    : { value: "", problem: `${shown(raw)} is not a UK postcode. Enter one like NV1 2AB` };
};
