import type { ComplaintStage } from "./complaints";
import { checked, type Checked } from "@/lib/uploads/problems";
import { readRows } from "@/lib/uploads/read-rows";
import { complaintRowSchema } from "./schemas";

const COLUMNS = {
  required: ["complaint_ref", "stage", "received_on"],
  optional: ["acknowledged_on", "responded_on", "extension_working_days"],
};

/** Reads a complaints file (one line per complaint stage). */
export const parseComplaintsCsv = async (text: string): Promise<Checked<ComplaintStage[]>> => {
  const { rows, problems } = await readRows(text, COLUMNS, complaintRowSchema, {
    column: "complaint_ref",
    key: (cell) => `${cell("complaint_ref").toLowerCase()} stage ${cell("stage")}`,
    describe: (cell) => `stage ${cell("stage")} of complaint ${cell("complaint_ref")}`,
  });
  const complaints = rows.map(({ line, row }): ComplaintStage => ({
    line,
    reference: row.complaint_ref,
    stage: row.stage,
    receivedOn: row.received_on,
    acknowledgedOn: row.acknowledged_on,
    respondedOn: row.responded_on,
    extensionWorkingDays: row.extension_working_days ?? 0,
  }));
  return checked(complaints, problems);
};
