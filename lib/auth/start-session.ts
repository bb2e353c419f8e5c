import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { signIn } from "./next-auth";
import { issueTicket, readTicket } from "./sign-in-ticket";

const PENDING_COOKIE = "involve-second-step";

/** Gives the browser a session cookie for a user who has passed every step of signing in. */
export const startSession = async (userId: string) => {
  await signIn("credentials", { ticket: issueTicket(userId, "session"), redirect: false });
};

/** Remembers, for five minutes, that this browser gave the right password and still owes a code. */
export const rememberPasswordPassed = async (userId: string) => {
  (await cookies()).set(PENDING_COOKIE, issueTicket(userId, "password"), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https:"),
    path: "/sign-in",
    maxAge: 5 * 60,
  });
};

/** The user who gave the right password in this browser in the last five minutes, or null. */
export const passwordPassedBy = async () => readTicket((await cookies()).get(PENDING_COOKIE)?.value, "password");

export const forgetPasswordPassed = async () => {
  (await cookies()).delete({ name: PENDING_COOKIE, path: "/sign-in" });
};
