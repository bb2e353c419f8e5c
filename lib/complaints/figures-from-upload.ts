import { localHolidayDates } from "@/lib/landlord/local-holidays";
import { getLandlord } from "@/lib/landlord/queries";
import { holidayCalendar } from "@/lib/measures/bank-holidays";
import { complaintFigures, uncoveredDates } from "@/lib/measures/complaints";
import { parseComplaintsCsv } from "@/lib/measures/parse-complaints-csv";
import { byLine } from "@/lib/uploads/problems";
import { nextTurn } from "@/lib/uploads/read-csv-records";
import { readUpload } from "@/lib/uploads/upload-store";
import type { ComplaintsQuery } from "./schemas";

/**
 * Complaints figures from an uploaded file, by the same code as the `measures complaints` command, with the
 * landlord's regime and its local holidays added to the bank holiday calendar. The figures are the preview: nothing
 * is written, so there is no confirm step.
 */
export const figuresFromUpload = async ({ upload, from, to, homes }: ComplaintsQuery) => {
  const text = await readUpload(upload);
  if (text === null) return { status: "gone" as const };
  const parsed = await parseComplaintsCsv(text);
  if (!parsed.ok) return { status: "problems" as const, problems: parsed.problems };
  const regime = (await getLandlord()).regime === "ENGLAND" ? "england" : "scotland";
  const period = { regime, from, to, homes, calendar: holidayCalendar(regime, await localHolidayDates()) } as const;
  const uncovered = uncoveredDates(parsed.value, period);
  if (uncovered.length > 0) return { status: "problems" as const, problems: uncovered.sort(byLine) };
  // Each step is a pass over every complaint: other requests get a turn in between.
  await nextTurn();
  return {
    status: "figures" as const,
    figures: complaintFigures(parsed.value, period),
    complaints: parsed.value.length,
  };
};
