import { z } from "zod";
import { ZConfirmed } from "@/lib/confirm";
import { optionalDate, optionalQueryParam, optionalText, requiredDate } from "@/lib/forms";
import { BudgetCategory, SpendStatus } from "@/lib/generated/prisma/enums";
import { isSaneYear } from "@/lib/uk-time";
import { parsePounds } from "./rules";

const id = z.string().trim().min(1).max(50);

/** An amount of money typed in pounds ("£1,250.00"), as whole pence. */
export const money = (missing: string, { allowZero = false } = {}) =>
  z
    .string(missing)
    .trim()
    .min(1, missing)
    .transform((value, ctx) => {
      const pence = parsePounds(value);
      if (pence === null || (!allowZero && pence === 0)) {
        ctx.addIssue({ code: "custom", message: "Enter an amount in pounds, like 250 or 1,250.50" });
        return z.NEVER;
      }
      return pence;
    });

export const financialYear = z.coerce
  .number("Enter the financial year, like 2026 for 2026/27")
  .int("Enter the financial year, like 2026 for 2026/27")
  .refine(isSaneYear, "Enter the financial year, like 2026 for 2026/27");

/** One amount per category: every category must be given, nil allowed. */
export const ZBudget = z.object({
  year: financialYear,
  ...(Object.fromEntries(
    Object.values(BudgetCategory).map((category) => [
      `budget_${category}`,
      money("Enter the budget, or 0", { allowZero: true }),
    ]),
  ) as Record<`budget_${BudgetCategory}`, ReturnType<typeof money>>),
});
export type BudgetInput = z.infer<typeof ZBudget>;

export const ZSpendLine = z.object({
  spentOn: requiredDate("Enter the date of the spending"),
  amount: money("Enter the amount"),
  category: z.enum(BudgetCategory, "Choose the budget category"),
  supplier: z
    .string("Enter the supplier")
    .trim()
    .min(2, "Enter the supplier")
    .max(150, "The supplier must be 150 characters or fewer"),
  description: z
    .string("Say what the money is for")
    .trim()
    .min(3, "Say what the money is for")
    .max(500, "The description must be 500 characters or fewer"),
  status: z.enum(SpendStatus, "Choose committed or spent"),
});
export type SpendLineInput = z.infer<typeof ZSpendLine>;

export const ZSpendLineRef = z.object({ spendLineId: id });

/** A correction gives the whole line again, as it should have been recorded. */
export const ZSpendLineCorrection = ZSpendLine.extend(ZSpendLineRef.shape);
export type SpendLineCorrection = z.infer<typeof ZSpendLineCorrection>;

export const ZSpendLineRemoval = ZSpendLineRef.extend(ZConfirmed.shape);

export const ZGrantApplication = z.object({
  groupId: z.string("Choose the tenants' organisation").trim().min(1, "Choose the tenants' organisation").max(50),
  appliedOn: requiredDate("Enter the date of the application"),
  purpose: z
    .string("Say what the grant is for")
    .trim()
    .min(5, "Say what the grant is for")
    .max(1000, "The purpose must be 1,000 characters or fewer"),
  amountRequested: money("Enter the amount asked for"),
});

export const ZGrantDecision = z
  .object({
    grantId: id,
    decision: z.enum(["APPROVED", "REFUSED"], "Choose approved or refused"),
    decidedOn: requiredDate("Enter the date of the decision"),
    amountApproved: optionalText(20, "Enter an amount in pounds, like 250 or 1,250.50"),
    conditions: optionalText(2000, "Conditions must be 2,000 characters or fewer"),
    accountsDueOn: optionalDate(),
  })
  .transform((input, ctx) => {
    const approved = input.amountApproved === undefined ? null : parsePounds(input.amountApproved);
    if (input.decision === "APPROVED") {
      if (!approved)
        ctx.addIssue({ code: "custom", path: ["amountApproved"], message: "Enter the amount approved, in pounds" });
      if (!input.accountsDueOn)
        ctx.addIssue({
          code: "custom",
          path: ["accountsDueOn"],
          message: "Enter the date the group's accounts are due",
        });
    }
    return { ...input, amountApprovedPence: input.decision === "APPROVED" ? approved : null };
  });

export const ZGrantPayment = z.object({
  grantId: id,
  paidOn: requiredDate("Enter the date of the payment"),
  amount: money("Enter the amount paid"),
});

export const ZGrantAccounts = z.object({
  grantId: id,
  accountsReceivedOn: requiredDate("Enter the date the accounts arrived"),
});

/** The year a page shows: absent or malformed means this year. */
export const ZBudgetQuery = z.object({
  year: optionalQueryParam(financialYear),
  overdue: optionalQueryParam(z.literal("yes")),
  /** What the officer just did to a spending line, said back at the top of the year's budget. */
  done: optionalQueryParam(z.enum(["corrected", "removed"])),
});
