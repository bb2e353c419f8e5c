"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { inviteCustomer } from "@/lib/people/invite-customer";

export const inviteCustomerAction = formAction(AREA_ROLES.staff, {
  schema: z.object({ customerId: z.string().min(1).max(50) }),
  run: ({ customerId }, user) => inviteCustomer({ actor: user, customerId }),
  done: () => ({ status: "ok", message: "Invitation sent. The link works for 14 days." }),
});
