"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { AREA_ROLES } from "@/lib/auth/rules";
import { addPolicy, recordPolicyReview } from "@/lib/policies/save-policy";
import { savePolicyEquality } from "@/lib/policies/save-policy-equality";
import { ZPolicy, ZPolicyEquality, ZPolicyReview } from "@/lib/policies/schemas";

const saved = (policyId: string, message: string): FormState => {
  revalidatePath(`/staff/policies/${policyId}`);
  revalidatePath("/staff/policies");
  return { status: "ok", message };
};

export const addPolicyAction = formAction(AREA_ROLES.staff, {
  schema: ZPolicy,
  run: (input, user) => addPolicy({ actor: user, input }),
  done: (policy) => redirect(`/staff/policies/${policy.id}`),
});

export const recordPolicyReviewAction = formAction(AREA_ROLES.staff, {
  schema: ZPolicyReview,
  run: (input, user) => recordPolicyReview({ actor: user, input }),
  done: (_, { policyId }) => saved(policyId, "The review has been recorded."),
});

export const savePolicyEqualityAction = formAction(AREA_ROLES.staff, {
  schema: ZPolicyEquality,
  run: ({ policyId, ...fields }, user) => savePolicyEquality({ actor: user, policyId, fields }),
  done: (_, { policyId }) => saved(policyId, "The equality impact assessment has been saved."),
});
