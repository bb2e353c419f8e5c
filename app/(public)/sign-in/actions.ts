"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicFormAction } from "@/lib/actions/form-action";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { ZSignInInput } from "@/lib/auth/schemas";
import { DomainError } from "@/lib/errors";

const REFUSALS: Record<string, string> = {
  rate_limited:
    "There have been too many failed attempts to sign in. Wait 15 minutes and try again, or reset your password.",
};

export const signInAction = publicFormAction({
  schema: ZSignInInput.extend({ returnTo: z.string().max(500).optional().catch(undefined) }),
  run: async ({ email, password }) => {
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (error) {
      if (!(error instanceof CredentialsSignin)) throw error;
      throw new DomainError(REFUSALS[error.code] ?? "The email address or password is not right.");
    }
  },
  // Back to the page that asked for sign-in; only a path on this site, never an address someone slipped in.
  done: (_result, input) => redirect(safeReturnPath(input.returnTo) ?? "/home"),
});

export const signOutAction = async () => {
  await signOut({ redirectTo: "/sign-in?signed-out=1" });
};
