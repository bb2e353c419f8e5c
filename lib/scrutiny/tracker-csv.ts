import { toCsv } from "@/lib/csv";
import { outcomeLabel } from "@/lib/outcomes/standards";
import { PROGRESS_LABEL, RESPONSE_LABEL, REVIEW_STATUS_LABEL } from "./labels";
import type { listRecommendationsForExport } from "./queries";
import { recommendationProgress } from "./rules";

type Row = Awaited<ReturnType<typeof listRecommendationsForExport>>[number];

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

/** The recommendation tracker: one row per recommendation with the landlord's response and where the action stands. */
export const trackerCsv = (rows: Row[], now: Date) =>
  toCsv([
    [
      "Review",
      "Review stage",
      "Number",
      "Recommendation",
      "Response",
      "Why",
      "Action",
      "Owner",
      "Due",
      "Completed",
      "Progress",
      "Outcomes",
    ],
    ...rows.map((row) => [
      row.review.title,
      REVIEW_STATUS_LABEL[row.review.status],
      String(row.number),
      row.text,
      row.response ? RESPONSE_LABEL[row.response] : "",
      row.responseReason ?? "",
      row.action ?? "",
      row.actionOwner ?? "",
      day(row.dueOn),
      day(row.completedOn),
      PROGRESS_LABEL[recommendationProgress(row, now)],
      row.outcomeCodes.map(outcomeLabel).join("; "),
    ]),
  ]);
