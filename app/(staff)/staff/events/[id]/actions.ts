"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { cancelRegistration } from "@/lib/events/cancel-registration";
import { registerForEvent } from "@/lib/events/register-for-event";
import { registrationOutcome } from "@/lib/events/labels";
import { ZEventId, ZRegistrationForCustomer, ZRegistrationId } from "@/lib/events/schemas";
import { sendReminders } from "@/lib/events/send-reminders";
import { count } from "@/lib/format";

export const registerCustomerAction = formAction(AREA_ROLES.staff, {
  schema: ZRegistrationForCustomer,
  run: ({ eventId, reference, ...needs }, user) =>
    registerForEvent({ actor: user, eventId, customer: { reference }, needs }),
  done: ({ status }, { eventId }) => {
    revalidatePath(`/staff/events/${eventId}`);
    return { status: "ok", message: registrationOutcome(status, true) };
  },
});

export const cancelForCustomerAction = formAction(AREA_ROLES.staff, {
  schema: ZRegistrationId,
  run: ({ registrationId }, user) => cancelRegistration({ actor: user, registrationId }),
  done: ({ eventId }) => {
    revalidatePath(`/staff/events/${eventId}`);
    return { status: "ok", message: "The registration has been cancelled." };
  },
});

export const sendRemindersAction = formAction(AREA_ROLES.staff, {
  schema: ZEventId,
  run: ({ eventId }, user) => sendReminders({ actor: user, eventId }),
  done: ({ sent }, { eventId }) => {
    revalidatePath(`/staff/events/${eventId}`);
    return { status: "ok", message: `Reminders sent by email to ${count(sent, "person", "people")}.` };
  },
});
