import { z } from "zod";
import { REPORT_SECTIONS } from "./rules";

const ZYear = z.coerce
  .number({ message: "Choose a financial year" })
  .int("Choose a financial year")
  .min(2000, "Choose a financial year")
  .max(2100, "Choose a financial year");

export const ZReportYear = z.object({ year: ZYear });

const SECTION_KEYS = REPORT_SECTIONS.map(({ key }) => key) as [string, ...string[]];

// A checkbox group sends nothing, one string or several: always read as a list.
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

export const ZReportPart = z.object({
  year: ZYear,
  section: z.enum(SECTION_KEYS, { message: "Choose a section" }),
  included: z.enum(["yes", "no"], { message: "Say whether this section is in the report" }),
  commentary: z.string().trim().max(4000, "Keep the commentary to 4,000 characters or fewer"),
  featured: list.pipe(z.array(z.string().trim().max(40)).max(40)),
});

export const ZReportIntroduction = z.object({
  year: ZYear,
  introduction: z.string().trim().max(4000, "Keep the introduction to 4,000 characters or fewer"),
});
