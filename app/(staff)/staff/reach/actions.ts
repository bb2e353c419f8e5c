"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ZReachGap } from "@/lib/landlord/schemas";
import { updateReachGap } from "@/lib/landlord/update-reach-gap";

export const updateReachGapAction = formAction(AREA_ROLES.admin, {
  schema: ZReachGap,
  run: ({ reachGapPoints }, user) => updateReachGap({ actor: user, reachGapPoints }),
  done: () => {
    revalidatePath("/staff/reach");
    return { status: "ok", message: "The threshold has been saved." };
  },
});
