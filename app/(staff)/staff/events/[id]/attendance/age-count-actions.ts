"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { setEventAgeCounts, ZEventAgeCounts } from "@/lib/reach/event-age-counts";

export const setEventAgeCountsAction = formAction(AREA_ROLES.staff, {
  schema: ZEventAgeCounts,
  run: (counts, user) => setEventAgeCounts({ actor: user, counts }),
  done: (_, { eventId }) => {
    revalidatePath(`/staff/events/${eventId}/attendance`);
    return { status: "ok", message: "The counts by age have been saved." };
  },
});
