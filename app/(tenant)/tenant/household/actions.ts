"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { tenantFormAction } from "@/lib/actions/form-action";
import { inviteHouseholdMember } from "@/lib/reach/household-accounts";
import {
  ZHouseholdChildren,
  ZHouseholdInvitation,
  ZHouseholdMember,
  ZHouseholdMemberRef,
} from "@/lib/reach/household-schemas";
import { addHouseholdMember, removeHouseholdMember, setHouseholdChildren } from "@/lib/reach/save-household";

const saved = (message: string) => () => {
  revalidatePath("/tenant/household");
  return { status: "ok" as const, message };
};

export const addHouseholdMemberAction = tenantFormAction({
  schema: ZHouseholdMember,
  run: (member, { customerId }) => addHouseholdMember({ customerId, member }),
  done: saved("We have added them to your household."),
});

export const removeHouseholdMemberAction = tenantFormAction({
  schema: ZHouseholdMemberRef,
  run: ({ memberId }, { customerId }) => removeHouseholdMember({ customerId, memberId }),
  done: saved("We have removed them from your household."),
});

export const setHouseholdChildrenAction = tenantFormAction({
  schema: ZHouseholdChildren,
  run: (counts, { customerId }) => setHouseholdChildren({ customerId, counts }),
  done: saved("We have saved the number of children."),
});

export const inviteHouseholdMemberAction = tenantFormAction({
  schema: ZHouseholdInvitation,
  run: ({ memberId, email }, { user, customerId }) =>
    inviteHouseholdMember({ actor: user, customerId, memberId, email }),
  done: () => {
    revalidatePath("/tenant/household");
    redirect("/tenant/household?invited=1");
  },
});
