"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { decideJoinRequest } from "@/lib/groups/decide-join-request";
import { ZJoinDecision } from "@/lib/groups/schemas";

export const decideJoinRequestAction = formAction(AREA_ROLES.staff, {
  schema: ZJoinDecision,
  run: (decision, user) => decideJoinRequest({ actor: user, decision }),
  done: ({ groupId, accepted }) => {
    revalidatePath(`/staff/groups/${groupId}`);
    revalidatePath("/tenant/groups");
    redirect(`/staff/groups/requests?decided=${accepted ? "accepted" : "declined"}`);
  },
});
