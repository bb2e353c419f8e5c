"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { AREA_ROLES } from "@/lib/auth/rules";
import { createRentConsultation } from "@/lib/rent/create-rent-consultation";
import { publishRentOutcome } from "@/lib/rent/publish-rent-outcome";
import { recordRentDecision } from "@/lib/rent/record-rent-decision";
import { ZRentDecision, ZRentOutcome, ZRentSetting } from "@/lib/rent/schemas";

const saved = (id: string, message: string): FormState => {
  revalidatePath(`/staff/rent/${id}`);
  return { status: "ok", message };
};

export const createRentConsultationAction = formAction(AREA_ROLES.staff, {
  schema: ZRentSetting,
  run: (input, user) => createRentConsultation({ actorId: user.id, input }),
  done: (setting) => redirect(`/staff/rent/${setting.id}`),
});

export const recordRentDecisionAction = formAction(AREA_ROLES.staff, {
  schema: ZRentDecision,
  run: (input, user) => recordRentDecision({ actor: user, input }),
  done: (_, { rentSettingId }) => saved(rentSettingId, "The board's decision has been recorded."),
});

export const publishRentOutcomeAction = formAction(AREA_ROLES.staff, {
  schema: ZRentOutcome,
  run: (input, user) => publishRentOutcome({ actor: user, ...input }),
  done: (_, { rentSettingId }) => saved(rentSettingId, "“You said, We did” has been published."),
});
