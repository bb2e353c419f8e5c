"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { addWalkIn } from "@/lib/events/add-walk-in";
import { markAttended } from "@/lib/events/mark-attended";
import { recordCompletion } from "@/lib/events/record-completion";
import { unmarkAttended } from "@/lib/events/unmark-attended";
import {
  ZCompletion,
  ZConfirmedMarkAttended,
  ZMarkAttended,
  ZStaffPresent,
  ZUnnamedAttendees,
  ZWalkIn,
} from "@/lib/events/schemas";
import { setStaffPresent } from "@/lib/events/set-staff-present";
import { setUnnamedAttendees } from "@/lib/events/set-unnamed-attendees";

const refresh = (eventId: string, message: string) => {
  revalidatePath(`/staff/events/${eventId}/attendance`);
  return { status: "ok" as const, message };
};

export const markAttendedAction = formAction(AREA_ROLES.staff, {
  schema: ZConfirmedMarkAttended,
  run: ({ eventId, customerId }, user) => markAttended({ actor: user, eventId, customerId }),
  // Back to the list at the door, where the notice names who was marked and offers to undo it.
  done: (_result, { eventId, customerId }) => {
    revalidatePath(`/staff/events/${eventId}/attendance`);
    redirect(`/staff/events/${eventId}/attendance?marked=${customerId}`);
  },
});

export const unmarkAttendedAction = formAction(AREA_ROLES.staff, {
  schema: ZMarkAttended,
  run: ({ eventId, customerId }, user) => unmarkAttended({ actor: user, eventId, customerId }),
  done: (_result, { eventId }) => {
    revalidatePath(`/staff/events/${eventId}/attendance`);
    redirect(`/staff/events/${eventId}/attendance?unmarked=1`);
  },
});

export const addWalkInAction = formAction(AREA_ROLES.staff, {
  schema: ZWalkIn,
  run: ({ eventId, reference }, user) => addWalkIn({ actor: user, eventId, reference }),
  done: ({ name }, { eventId }) => refresh(eventId, `${name} has been added as attended.`),
});

export const setUnnamedAttendeesAction = formAction(AREA_ROLES.staff, {
  schema: ZUnnamedAttendees,
  run: (input, user) => setUnnamedAttendees({ actor: user, ...input }),
  done: (_result, { eventId }) => refresh(eventId, "The number of people who did not give names has been saved."),
});

export const setStaffPresentAction = formAction(AREA_ROLES.staff, {
  schema: ZStaffPresent,
  run: (input, user) => setStaffPresent({ actor: user, ...input }),
  done: (_result, { eventId }) => refresh(eventId, "The staff who were there have been saved."),
});

export const recordCompletionAction = formAction(AREA_ROLES.staff, {
  schema: ZCompletion,
  run: ({ eventId, person }, user) => recordCompletion({ actor: user, eventId, person }),
  done: (_result, { eventId }) => refresh(eventId, "The course completion has been recorded."),
});
