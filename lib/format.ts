import { ukDay } from "./uk-time";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
});

/** Dates as UK readers expect them, in UK time whatever the server's zone. */
export const formatDateTime = (date: Date) => dateTime.format(date);

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/**
 * The one way a date is written on pages and in files: the UK calendar day, "23 October 2026". An instant (a
 * consultation's closing time) is first read as its UK day, so 00:57 on 23 October in summer is the 23rd, not
 * the UTC 22nd; a calendar date (stored as UTC midnight) is its own UK day, as UTC midnight is the same UK day
 * in summer and winter.
 */
export const formatDate = (value: Date | null | undefined, empty = "Not recorded") =>
  value ? longDate.format(new Date(`${ukDay(value)}T00:00:00Z`)) : empty;

/** A span of calendar days as people write it: "1 April 2026 to 31 March 2027". */
export const formatDateRange = (from: Date | string, to: Date | string) => {
  const day = (value: Date | string) => (typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);
  return `${formatDate(day(from))} to ${formatDate(day(to))}`;
};

const pluralRules = new Intl.PluralRules("en-GB");
const wholeNumber = new Intl.NumberFormat("en-GB");

/**
 * A count with its noun in the right number, by the language's plural rules: count(1, "person", "people") is
 * "1 person"; count(3, "action") is "3 actions". Every "N things" on a page goes through here.
 */
export const count = (value: number, one: string, other = `${one}s`) =>
  `${wholeNumber.format(value)} ${pluralRules.select(value) === "one" ? one : other}`;

/** The noun or phrase alone, for sentences where the number is written elsewhere. */
export const plural = (value: number, one: string, other = `${one}s`) =>
  pluralRules.select(value) === "one" ? one : other;

const andList = new Intl.ListFormat("en-GB", { type: "conjunction" });
const orList = new Intl.ListFormat("en-GB", { type: "disjunction" });

/** "a, b and c" or "a, b or c", as English lists are written. */
export const listOf = (items: readonly string[], joiner: "and" | "or" = "and") =>
  (joiner === "and" ? andList : orList).format(items);
