"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requestToJoin } from "@/lib/groups/request-to-join";
import { ZJoinRequest } from "@/lib/groups/schemas";

// The customer comes from the session, never the form: a tenant asks only for themselves.
export const requestToJoinAction = formAction(AREA_ROLES.tenant, {
  schema: ZJoinRequest,
  run: ({ groupId, message }, user) => {
    if (!user.customerId) forbidden();
    return requestToJoin({ customerId: user.customerId, groupId, message });
  },
  done: () => {
    revalidatePath("/tenant/groups");
    revalidatePath("/staff/groups/requests");
    redirect("/tenant/groups?asked=1");
  },
});
