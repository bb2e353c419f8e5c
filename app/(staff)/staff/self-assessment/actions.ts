"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { addImprovementAction } from "@/lib/self-assessment/add-improvement-action";
import { assessRequirement } from "@/lib/self-assessment/assess-requirement";
import { getImprovementPlan } from "@/lib/self-assessment/queries";
import { ZImprovementAction, ZRequirementAssessment } from "@/lib/self-assessment/schemas";

const refresh = () => {
  revalidatePath("/staff/self-assessment", "layout");
  revalidatePath("/board/self-assessment");
};

export const assessRequirementAction = formAction(AREA_ROLES.staff, {
  schema: ZRequirementAssessment,
  run: async (input, user) => assessRequirement({ actor: user, regime: (await getLandlord()).regime, input }),
  done: () => {
    refresh();
    return { status: "ok", message: "Assessment saved." };
  },
});

export const addImprovementActionAction = formAction(AREA_ROLES.staff, {
  schema: ZImprovementAction,
  run: async (input, user) => {
    const now = new Date();
    const [landlord, plan] = await Promise.all([getLandlord(), getImprovementPlan(now)]);
    return addImprovementAction({ actor: user, regime: landlord.regime, planId: plan?.plan.id ?? null, input, now });
  },
  done: (_result, { title }) => {
    refresh();
    revalidatePath("/staff/strategy", "layout");
    return { status: "ok", message: `"${title}" is in the strategy's action plan.` };
  },
});
