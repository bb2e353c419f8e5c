import { toCsv } from "@/lib/csv";
import { fromDbDate } from "./clock";
import { feedbackReference } from "./rules";

type StageRow = {
  stage: number;
  receivedOn: Date;
  acknowledgedOn: Date | null;
  respondedOn: Date | null;
  extensionWorkingDays: number;
  feedback: { number: number };
};

const COLUMNS = ["complaint_ref", "stage", "received_on", "acknowledged_on", "responded_on", "extension_working_days"];

/**
 * Complaints in the complaints file format (shared/specs/measures.md section 2), one row per stage, so the
 * complaints figures page and the `measures complaints` command count complaints received in Involve.
 */
export const complaintsCsv = (stages: readonly StageRow[]) =>
  toCsv([
    COLUMNS,
    ...stages.map((row) => [
      feedbackReference(row.feedback.number),
      String(row.stage),
      fromDbDate(row.receivedOn),
      row.acknowledgedOn ? fromDbDate(row.acknowledgedOn) : "",
      row.respondedOn ? fromDbDate(row.respondedOn) : "",
      String(row.extensionWorkingDays),
    ]),
  ]);
