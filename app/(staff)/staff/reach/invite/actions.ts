"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { inviteToEvent } from "@/lib/reach/invite-to-event";
import { ZEventInvitation } from "@/lib/reach/schemas";

export const inviteToEventAction = formAction(AREA_ROLES.staff, {
  schema: ZEventInvitation,
  run: ({ eventId, audience }, user) => inviteToEvent({ actor: user, eventId, audience }),
  done: ({ id }) => redirect(`/staff/communications/${id}`),
});
