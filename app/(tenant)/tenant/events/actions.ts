"use server";

import { revalidatePath } from "next/cache";
import { tenantFormAction } from "@/lib/actions/form-action";
import { cancelRegistration } from "@/lib/events/cancel-registration";
import { registrationOutcome } from "@/lib/events/labels";
import { registerForEvent } from "@/lib/events/register-for-event";
import { ZOwnRegistration, ZRegistrationId } from "@/lib/events/schemas";

export const registerMyselfAction = tenantFormAction({
  schema: ZOwnRegistration,
  run: ({ eventId, ...needs }, { user, customerId }) =>
    registerForEvent({ actor: user, eventId, customer: { id: customerId }, needs }),
  done: ({ status }, { eventId }) => {
    revalidatePath(`/tenant/events/${eventId}`);
    return { status: "ok", message: registrationOutcome(status, false) };
  },
});

export const cancelMyRegistrationAction = tenantFormAction({
  schema: ZRegistrationId,
  run: ({ registrationId }, { user, customerId }) => cancelRegistration({ actor: user, registrationId, customerId }),
  done: ({ eventId }) => {
    revalidatePath(`/tenant/events/${eventId}`);
    revalidatePath("/tenant/events");
    return { status: "ok", message: "Your place has been cancelled." };
  },
});
