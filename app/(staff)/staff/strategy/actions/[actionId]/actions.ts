"use server";

import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { postActionUpdate } from "@/lib/strategy/post-action-update";
import { ZActionUpdate } from "@/lib/strategy/schemas";

export const postActionUpdateAction = formAction(AREA_ROLES.staff, {
  schema: ZActionUpdate,
  run: (input, user) => postActionUpdate({ actor: user, ...input }),
  done: (_, { actionId }) => {
    revalidatePath(`/staff/strategy/actions/${actionId}`);
    revalidatePublicPages();
    return { status: "ok", message: "Your progress update has been posted." };
  },
});
