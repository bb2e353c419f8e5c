"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { resetSecondFactor } from "@/lib/auth/second-factor";

export const resetSecondFactorAction = formAction(AREA_ROLES.admin, {
  schema: z.object({ userId: z.string().min(1).max(40) }),
  run: ({ userId }, user) => resetSecondFactor({ userId, actorId: user.id }),
  done: () => {
    revalidatePath("/admin/second-factor");
    return {
      status: "ok",
      message: "The authenticator app has been removed. They set up a new one when they next sign in.",
    };
  },
});
