import type { FormField } from "@/components/ui/action-form";
import { CATEGORY_LABEL, SPEND_STATUS_LABEL } from "@/lib/budget/rules";
import type { SpendStatus, BudgetCategory } from "@/lib/generated/prisma/enums";
import { optionsFrom } from "@/lib/people/labels";
import { isoDay } from "@/lib/uk-time";

type SpendLine = {
  spentOn: Date;
  amountPence: number;
  category: BudgetCategory;
  supplier: string;
  description: string;
  status: SpendStatus;
};

/** The fields of a spending line, empty to record one or filled with what a line says to correct it. */
export const spendLineFields = (line?: SpendLine): FormField[] => [
  { kind: "date", name: "spentOn", label: "Date", defaultValue: line && isoDay(line.spentOn) },
  {
    kind: "text",
    name: "amount",
    label: "Amount in pounds",
    hint: "For example 250 or 1,250.50",
    defaultValue: line && (line.amountPence / 100).toFixed(2),
  },
  {
    kind: "radio",
    name: "category",
    label: "Budget category",
    options: optionsFrom(CATEGORY_LABEL),
    defaultValue: line?.category,
  },
  { kind: "text", name: "supplier", label: "Supplier", defaultValue: line?.supplier },
  { kind: "text", name: "description", label: "What the money is for", defaultValue: line?.description },
  {
    kind: "radio",
    name: "status",
    label: "Committed or spent",
    hint: "Committed means ordered or promised but not yet paid.",
    options: optionsFrom(SPEND_STATUS_LABEL),
    defaultValue: line?.status,
  },
];
