"use server";

import { forbidden } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requestDeletion } from "@/lib/people/request-deletion";

export const requestDeletionAction = formAction(AREA_ROLES.tenant, {
  schema: z.object({ confirm: z.literal("yes", "Tick the box to confirm you want us to delete your information") }),
  run: async (_input, user) => {
    if (!user.customerId) forbidden();
    await requestDeletion({ customerId: user.customerId });
  },
  done: () => ({
    status: "ok",
    message: "We have your request. An administrator will delete your information and tell you when it is done.",
  }),
});
