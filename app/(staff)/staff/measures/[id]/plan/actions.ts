"use server";

import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ZRoundPlan } from "@/lib/surveys/schemas";
import { updateRoundPlan } from "@/lib/surveys/update-round-plan";

export const updateRoundPlanAction = formAction(AREA_ROLES.staff, {
  schema: ZRoundPlan,
  run: ({ roundId, ...plan }, user) => updateRoundPlan({ actor: user, roundId, plan }),
  done: (_result, { roundId }) => {
    revalidatePath(`/staff/measures/${roundId}`, "layout");
    // A published round's method statement is on the public survey results page.
    revalidatePublicPages();
    return { status: "ok", message: "The sampling plan and method statement are saved." };
  },
});
