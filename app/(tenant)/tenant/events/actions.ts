"use server";

import { revalidatePath } from "next/cache";
import { forbidden } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { notFoundIfMissing } from "@/lib/actions/not-found";
import { AREA_ROLES } from "@/lib/auth/rules";
import { cancelRegistration } from "@/lib/events/cancel-registration";
import { registrationOutcome } from "@/lib/events/labels";
import { registerForEvent } from "@/lib/events/register-for-event";
import { ZOwnRegistration, ZRegistrationId } from "@/lib/events/schemas";

// The customer always comes from the session, never the form: a tenant can only act for themselves.
export const registerMyselfAction = formAction(AREA_ROLES.tenant, {
  schema: ZOwnRegistration,
  run: ({ eventId, ...needs }, user) => {
    if (!user.customerId) forbidden();
    return registerForEvent({ actor: user, eventId, customer: { id: user.customerId }, needs }).catch(notFoundIfMissing);
  },
  done: ({ status }, { eventId }) => {
    revalidatePath(`/tenant/events/${eventId}`);
    return { status: "ok", message: registrationOutcome(status, false) };
  },
});

export const cancelMyRegistrationAction = formAction(AREA_ROLES.tenant, {
  schema: ZRegistrationId,
  run: ({ registrationId }, user) => {
    if (!user.customerId) forbidden();
    return cancelRegistration({ actor: user, registrationId, customerId: user.customerId }).catch(notFoundIfMissing);
  },
  done: ({ eventId }) => {
    revalidatePath(`/tenant/events/${eventId}`);
    revalidatePath("/tenant/events");
    return { status: "ok", message: "Your place has been cancelled." };
  },
});
