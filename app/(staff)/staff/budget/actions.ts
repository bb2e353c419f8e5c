"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { AREA_ROLES } from "@/lib/auth/rules";
import { addSpendLine } from "@/lib/budget/add-spend-line";
import { applyForGrant } from "@/lib/budget/apply-for-grant";
import { decideGrant } from "@/lib/budget/decide-grant";
import { markSpent } from "@/lib/budget/mark-spent";
import { payGrant } from "@/lib/budget/pay-grant";
import { recordGrantAccounts } from "@/lib/budget/record-grant-accounts";
import {
  ZBudget,
  ZGrantAccounts,
  ZGrantApplication,
  ZGrantDecision,
  ZGrantPayment,
  ZSpendLine,
  ZSpendLineCorrection,
  ZSpendLineRef,
  ZSpendLineRemoval,
} from "@/lib/budget/schemas";
import { correctSpendLine } from "@/lib/budget/correct-spend-line";
import { removeSpendLine } from "@/lib/budget/remove-spend-line";
import { setBudget } from "@/lib/budget/set-budget";

const saved = (path: string, message: string): FormState => {
  revalidatePath(path);
  return { status: "ok", message };
};

export const setBudgetAction = formAction(AREA_ROLES.staff, {
  schema: ZBudget,
  run: (input, user) => setBudget({ actor: user, input }),
  done: () => saved("/staff/budget", "The budget has been saved."),
});

export const addSpendLineAction = formAction(AREA_ROLES.staff, {
  schema: ZSpendLine,
  run: (input, user) => addSpendLine({ actor: user, input }),
  done: () => saved("/staff/budget", "The spending has been recorded."),
});

export const markSpentAction = formAction(AREA_ROLES.staff, {
  schema: ZSpendLineRef,
  run: ({ spendLineId }, user) => markSpent({ actor: user, spendLineId }),
  done: () => saved("/staff/budget", "The spending is now recorded as paid."),
});

// Both go back to the year's budget, where the totals and the line (or its absence) show the change.
export const correctSpendLineAction = formAction(AREA_ROLES.staff, {
  schema: ZSpendLineCorrection,
  run: (input, user) => correctSpendLine({ actor: user, input }),
  done: ({ year }) => {
    revalidatePath("/staff/budget");
    redirect(`/staff/budget?year=${year}&done=corrected`);
  },
});

export const removeSpendLineAction = formAction(AREA_ROLES.staff, {
  schema: ZSpendLineRemoval,
  run: ({ spendLineId }, user) => removeSpendLine({ actor: user, spendLineId }),
  done: ({ year }) => {
    revalidatePath("/staff/budget");
    redirect(`/staff/budget?year=${year}&done=removed`);
  },
});

export const applyForGrantAction = formAction(AREA_ROLES.staff, {
  schema: ZGrantApplication,
  run: (input, user) => applyForGrant({ actor: user, input }),
  done: (grant) => redirect(`/staff/budget/grants/${grant.id}`),
});

export const decideGrantAction = formAction(AREA_ROLES.staff, {
  schema: ZGrantDecision,
  run: (input, user) => decideGrant({ actor: user, input }),
  done: (_, { grantId }) => saved(`/staff/budget/grants/${grantId}`, "The decision has been recorded."),
});

export const payGrantAction = formAction(AREA_ROLES.staff, {
  schema: ZGrantPayment,
  run: (input, user) => payGrant({ actor: user, input }),
  done: (_, { grantId }) => saved(`/staff/budget/grants/${grantId}`, "The payment has been recorded."),
});

export const recordGrantAccountsAction = formAction(AREA_ROLES.staff, {
  schema: ZGrantAccounts,
  run: (input, user) => recordGrantAccounts({ actor: user, input }),
  done: (_, { grantId }) => saved(`/staff/budget/grants/${grantId}`, "The accounts have been recorded as received."),
});
