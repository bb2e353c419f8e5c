"use server";

import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { addMembership } from "@/lib/groups/add-membership";
import { createGroup } from "@/lib/groups/create-group";
import { endMembership } from "@/lib/groups/end-membership";
import { ZAddMembership, ZEndMembership, ZGroupDetails, ZGroupUpdate, ZRtoRegistration } from "@/lib/groups/schemas";
import { updateGroup } from "@/lib/groups/update-group";
import { updateRtoRegistration } from "@/lib/groups/update-rto-registration";

const refresh = (groupId: string) => {
  revalidatePath(`/staff/groups/${groupId}`);
  revalidatePublicPages();
};

export const createGroupAction = formAction(AREA_ROLES.staff, {
  schema: ZGroupDetails,
  run: (details, user) => createGroup({ actor: user, details }),
  done: (group) => {
    revalidatePublicPages();
    redirect(`/staff/groups/${group.id}?created=1`);
  },
});

export const updateGroupAction = formAction(AREA_ROLES.staff, {
  schema: ZGroupUpdate,
  run: ({ groupId, ...details }, user) => updateGroup({ actor: user, groupId, details }),
  done: (_result, { groupId }) => {
    refresh(groupId);
    return { status: "ok", message: "The group's details have been saved." };
  },
});

export const updateRtoRegistrationAction = formAction(AREA_ROLES.staff, {
  schema: ZRtoRegistration,
  run: (registration, user) => updateRtoRegistration({ actor: user, registration }),
  done: (_result, { groupId }) => {
    refresh(groupId);
    return { status: "ok", message: "The register entry has been saved." };
  },
});

export const addMembershipAction = formAction(AREA_ROLES.staff, {
  schema: ZAddMembership,
  run: (input, user) => addMembership({ actor: user, ...input }),
  done: (_result, { groupId }) => {
    refresh(groupId);
    return { status: "ok", message: "The customer has been added to the group." };
  },
});

export const endMembershipAction = formAction(AREA_ROLES.staff, {
  schema: ZEndMembership,
  run: (input, user) => endMembership({ actor: user, ...input }),
  done: ({ groupId }) => {
    refresh(groupId);
    return { status: "ok", message: "The membership has ended." };
  },
});
