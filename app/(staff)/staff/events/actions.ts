"use server";

import { redirect } from "next/navigation";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { createEvent } from "@/lib/events/create-event";
import { ZEventInput } from "@/lib/events/schemas";
import { updateEvent } from "@/lib/events/update-event";

export const createEventAction = formAction(AREA_ROLES.staff, {
  schema: ZEventInput,
  run: (input, user) => createEvent({ actor: user, input }),
  done: ({ id }) => {
    revalidatePublicPages();
    redirect(`/staff/events/${id}`);
  },
});

export const updateEventAction = formAction(AREA_ROLES.staff, {
  schema: ZEventInput.and(z.object({ eventId: z.string().min(1).max(50) })),
  run: ({ eventId, ...input }, user) => updateEvent({ actor: user, eventId, input }),
  done: (_result, { eventId }) => {
    revalidatePublicPages();
    redirect(`/staff/events/${eventId}`);
  },
});
