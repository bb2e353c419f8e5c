"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicFormAction } from "@/lib/actions/form-action";
import { clientIp } from "@/lib/auth/client-ip";
import { knownDevice, rememberDevice } from "@/lib/auth/known-device";
import { ZSecondFactorCode, ZSignInInput } from "@/lib/auth/schemas";
import { verifySecondFactor } from "@/lib/auth/second-factor";
import { forgetPasswordPassed, passwordPassedBy, rememberPasswordPassed, startSession } from "@/lib/auth/start-session";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { safeReturnPath } from "@/lib/auth/return-path";
import { DomainError } from "@/lib/errors";

export const signInAction = publicFormAction({
  schema: ZSignInInput.extend({ returnTo: z.string().max(500).optional().catch(undefined) }),
  run: async ({ returnTo: _returnTo, ...input }) => {
    const user = await verifySignIn({ ...input, ip: clientIp(await headers()), device: await knownDevice() });
    if (user.hasSecondFactor) {
      await rememberPasswordPassed(user.id);
      return "code" as const;
    }
    await startSession(user.id);
    await rememberDevice(user.id);
    return "signed-in" as const;
  },
  // Back to the page that asked for sign-in; only a path on this site, never an address someone slipped in. After
  // the second-factor step the officer starts from their home.
  done: (step, input) => redirect(step === "code" ? "/sign-in/code" : (safeReturnPath(input.returnTo) ?? "/home")),
});

export const secondFactorAction = publicFormAction({
  schema: ZSecondFactorCode,
  run: async ({ code }) => {
    const userId = await passwordPassedBy();
    if (!userId) throw new DomainError("Signing in took too long. Start again with your email address and password.");
    await verifySecondFactor({ userId, code });
    await forgetPasswordPassed();
    await startSession(userId);
    await rememberDevice(userId);
  },
  done: () => redirect("/home"),
});
