"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { renewCalendarFeed } from "@/lib/groups/calendar-feed";

// The address is always the signed-in member's own: nothing in the form names whose it is.
export const renewCalendarFeedAction = formAction(AREA_ROLES.groups, {
  schema: z.object({}),
  run: (_input, user) => renewCalendarFeed({ actor: user }),
  done: () => {
    revalidatePath("/groups");
    return { status: "ok", message: "Your new calendar address is below. Any old one has stopped working." };
  },
});
