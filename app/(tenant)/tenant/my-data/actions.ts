"use server";

import { z } from "zod";
import { tenantFormAction } from "@/lib/actions/form-action";
import { requestDeletion } from "@/lib/people/request-deletion";

export const requestDeletionAction = tenantFormAction({
  schema: z.object({ confirm: z.literal("yes", "Tick the box to confirm you want us to delete your information") }),
  run: (_input, { customerId }) => requestDeletion({ customerId }),
  done: () => ({
    status: "ok",
    message: "We have your request. An administrator will delete your information and tell you when it is done.",
  }),
});
