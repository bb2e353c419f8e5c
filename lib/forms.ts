import { z } from "zod";
import { isSaneYear, SANE_YEARS } from "./uk-time";

/** A checkbox group arrives as nothing, one string or several: always hand the schema an array. */
export const checkboxes = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );

/** An optional text field: empty means absent. */
export const optionalText = (max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, message).optional(),
  );

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const toCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  // new Date() rolls 2026-02-30 over into March: only a date that reads back the same is real.
  return ISO_DATE.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : null;
};

/** A calendar date from a date input (YYYY-MM-DD), stored as UTC midnight. */
export const requiredDate = (missing: string) =>
  z
    .string(missing)
    .trim()
    .min(1, missing)
    .transform((value, ctx) => {
      const date = toCalendarDate(value);
      if (!date) ctx.addIssue({ code: "custom", message: "Enter a real date, for example 1 April 2026" });
      else if (!isSaneYear(date.getUTCFullYear())) {
        ctx.addIssue({
          code: "custom",
          message: `Enter a year between ${SANE_YEARS.min} and ${SANE_YEARS.max}, for example 2026`,
        });
      }
      return date ?? new Date(0);
    });

/** An optional calendar date: empty means not recorded. */
export const optionalDate = () =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    requiredDate("").optional(),
  );
/** A query-string filter: empty or malformed means "not given" rather than an error. */
export const optionalQueryParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);
