import "server-only";
import { z } from "zod";
import { localHolidayDates } from "@/lib/landlord/local-holidays";
import { getLandlord } from "@/lib/landlord/queries";
import { ZCustomerUpload, ZImportConfirmation } from "@/lib/people/import/schemas";
import { readUpload } from "@/lib/uploads/upload-store";
import { holidayCalendar } from "../measures/bank-holidays";
import { complaintFigures, uncoveredDates } from "../measures/complaints";
import { isIsoDate } from "../measures/dates";
import { parseComplaintsCsv } from "../measures/parse-complaints-csv";
import { byLine } from "../uploads/problems";

const day = (message: string) => z.string(message).trim().refine(isIsoDate, message);

const ZPeriod = z
  .object({
    from: day("Enter the first day of the period"),
    to: day("Enter the last day of the period"),
    homes: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.coerce.number("Enter the number of homes as a whole number").int("Enter a whole number of homes").min(1, "Enter at least 1 home").optional(),
    ),
  })
  .refine(({ from, to }) => from <= to, { path: ["to"], message: "The last day must not be before the first" });

export const ZComplaintsUpload = ZPeriod.and(ZCustomerUpload);

/** The page's query string after an upload: the stored file and the period it is counted over. */
export const ZComplaintsQuery = ZPeriod.and(z.object({ upload: ZImportConfirmation.shape.upload }));

export type ComplaintsQuery = z.infer<typeof ZComplaintsQuery>;

/**
 * Complaints figures from an uploaded file, by the same code as the `measures complaints` command, with the
 * landlord's regime and its local holidays added to the bank holiday calendar.
 */
export const figuresFromUpload = async ({ upload, from, to, homes }: ComplaintsQuery) => {
  const text = await readUpload(upload);
  if (text === null) return { status: "gone" as const };
  const parsed = parseComplaintsCsv(text);
  if (!parsed.ok) return { status: "problems" as const, problems: parsed.problems };
  const regime = (await getLandlord()).regime === "ENGLAND" ? "england" : "scotland";
  const period = { regime, from, to, homes, calendar: holidayCalendar(regime, await localHolidayDates()) } as const;
  const uncovered = uncoveredDates(parsed.value, period);
  if (uncovered.length > 0) return { status: "problems" as const, problems: uncovered.sort(byLine) };
  return { status: "figures" as const, figures: complaintFigures(parsed.value, period), complaints: parsed.value.length };
};
