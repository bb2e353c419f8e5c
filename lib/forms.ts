import { z } from "zod";

/** A checkbox group arrives as nothing, one string or several: always hand the schema an array. */
export const checkboxes = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));

/** An optional text field: empty means absent. */
export const optionalText = (max: number, message: string) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max, message).optional());

/** A query-string filter: empty or malformed means "not given" rather than an error. */
export const optionalQueryParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);
