"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/actions/form-action";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { endEverySession, endSession } from "@/lib/auth/end-sessions";
import { ALL_ROLES } from "@/lib/auth/rules";
import { ZSignInInput } from "@/lib/auth/schemas";
import { getSessionClaims, requireRole } from "@/lib/auth/session";
import { SIGN_IN_THROTTLED } from "@/lib/auth/verify-sign-in";
import { DomainError } from "@/lib/errors";

const REFUSALS: Record<string, string> = {
  rate_limited: SIGN_IN_THROTTLED("a few minutes"),
};

export const signInAction = publicFormAction({
  schema: ZSignInInput,
  run: async (input) => {
    try {
      await signIn("credentials", { ...input, redirect: false });
    } catch (error) {
      if (!(error instanceof CredentialsSignin)) throw error;
      throw new DomainError(REFUSALS[error.code] ?? "The email address or password is not right.");
    }
  },
  done: () => redirect("/home"),
});

/** Ends this session for good: a copy of the cookie kept elsewhere no longer works either. */
export const signOutAction = async () => {
  const claims = await getSessionClaims();
  if (claims) await endSession(claims);
  await signOut({ redirectTo: "/sign-in?signed-out=1" });
};

/** Ends every session of the signed-in user, on every device. */
export const signOutEverywhereAction = async () => {
  const user = await requireRole(ALL_ROLES);
  await endEverySession({ userId: user.id, actorId: user.id, reason: "signed out everywhere" });
  await signOut({ redirectTo: "/sign-in?signed-out=1" });
};
