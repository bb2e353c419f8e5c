"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { publicFormAction } from "@/lib/actions/form-action";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { ZPasswordResetRequest } from "@/lib/auth/schemas";

export const requestResetAction = publicFormAction({
  schema: ZPasswordResetRequest,
  // The email is looked up and sent after the answer, so the answer takes as long whether or not the account exists.
  run: async (input) => requestPasswordReset({ ...input, ip: clientIp(await headers()), defer: (work) => after(work) }),
  done: (_result, input) => ({
    status: "ok",
    message: `If ${input.email} belongs to an account, we have sent it a link to reset the password. The link works for one hour.`,
  }),
});
