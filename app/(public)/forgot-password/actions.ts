"use server";

import { publicFormAction } from "@/lib/actions/form-action";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { ZPasswordResetRequest } from "@/lib/auth/schemas";

export const requestResetAction = publicFormAction({
  schema: ZPasswordResetRequest,
  run: (input) => requestPasswordReset(input),
  done: (_result, input) => ({
    status: "ok",
    message: `If ${input.email} belongs to an account, we have sent it a link to reset the password. The link works for one hour.`,
  }),
});
