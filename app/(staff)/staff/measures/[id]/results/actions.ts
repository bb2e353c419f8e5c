"use server";

import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { publishRound } from "@/lib/surveys/publish-round";
import { ZRoundRef } from "@/lib/surveys/schemas";

export const publishRoundAction = formAction(AREA_ROLES.staff, {
  schema: ZRoundRef,
  run: ({ roundId }, user) => publishRound({ actor: user, roundId }),
  done: (_result, { roundId }) => {
    revalidatePath(`/staff/measures/${roundId}`, "layout");
    revalidatePublicPages();
    return { status: "ok", message: "The results are published on the public survey results page." };
  },
});
