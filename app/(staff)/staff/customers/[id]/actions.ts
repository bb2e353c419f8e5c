"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { inviteCustomer } from "@/lib/people/invite-customer";
import { inviteHouseholdMember } from "@/lib/reach/household-accounts";
import { ZHouseholdInvitation } from "@/lib/reach/household-schemas";

export const inviteCustomerAction = formAction(AREA_ROLES.staff, {
  schema: z.object({ customerId: z.string().min(1).max(50) }),
  run: ({ customerId }, user) => inviteCustomer({ actor: user, customerId }),
  done: () => ({ status: "ok", message: "Invitation sent. The link works for 14 days." }),
});

/** An officer invites someone 16 to 24 in this customer's household, as the tenant can from their own page. */
export const inviteHouseholdMemberForCustomerAction = formAction(AREA_ROLES.staff, {
  schema: ZHouseholdInvitation.extend({ customerId: z.string().min(1).max(50) }),
  run: ({ customerId, memberId, email }, user) => inviteHouseholdMember({ actor: user, customerId, memberId, email }),
  done: (_result, { customerId }) => redirect(`/staff/customers/${customerId}?invited=1`),
});
