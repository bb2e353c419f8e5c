"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/actions/form-action";
import { signIn } from "@/lib/auth/next-auth";
import { ZSignInInput } from "@/lib/auth/schemas";
import { DomainError } from "@/lib/errors";

const REFUSALS: Record<string, string> = {
  rate_limited:
    "There have been too many failed attempts to sign in. Wait 15 minutes and try again, or reset your password.",
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
