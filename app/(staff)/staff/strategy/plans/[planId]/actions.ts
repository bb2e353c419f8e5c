"use server";

import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { addStrategyAction } from "@/lib/strategy/add-strategy-action";
import { ZStrategyAction } from "@/lib/strategy/schemas";

export const addStrategyActionAction = formAction(AREA_ROLES.staff, {
  schema: ZStrategyAction,
  run: ({ planId, ...action }, user) => addStrategyAction({ actor: user, planId, action }),
  done: (_, { planId }) => {
    revalidatePath(`/staff/strategy/plans/${planId}`);
    revalidatePublicPages();
    return { status: "ok", message: "The action has been added to the plan." };
  },
});
