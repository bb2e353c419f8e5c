import { csvDate, toCsv } from "@/lib/csv";
import { CATEGORY_LABEL, SPEND_STATUS_LABEL } from "./rules";
import type { listSpendLines } from "./queries";

type Line = Awaited<ReturnType<typeof listSpendLines>>[number];

/** Amounts in pounds with two decimals, so a spreadsheet sums them as money. */
export const spendCsv = (lines: Line[]) =>
  toCsv([
    ["Date", "Category", "Supplier", "Description", "Committed or spent", "Amount (£)", "Grant payment"],
    ...lines.map((line) => [
      csvDate(line.spentOn),
      CATEGORY_LABEL[line.category],
      line.supplier,
      line.description,
      SPEND_STATUS_LABEL[line.status],
      (line.amountPence / 100).toFixed(2),
      line.grantId ? "Yes" : "No",
    ]),
  ]);
