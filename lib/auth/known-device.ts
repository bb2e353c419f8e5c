import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { issueTicket, readTicket } from "./sign-in-ticket";

const DEVICE_COOKIE = "involve-device";

/**
 * A browser the owner has signed in with before: its attempts are counted on their own key instead of the account's,
 * so someone guessing the password elsewhere cannot keep the owner out (docs/decisions/0019). The cookie is signed by
 * the server, so it cannot be made up; each one is told apart by its signature.
 */
export type KnownDevice = { userId: string; id: string };

export const knownDevice = async (): Promise<KnownDevice | null> => {
  const ticket = (await cookies()).get(DEVICE_COOKIE)?.value;
  const userId = readTicket(ticket, "device");
  return userId && ticket ? { userId, id: ticket.slice(ticket.lastIndexOf(".") + 1) } : null;
};

export const rememberDevice = async (userId: string) => {
  (await cookies()).set(DEVICE_COOKIE, issueTicket(userId, "device"), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https:"),
    path: "/sign-in",
    maxAge: 365 * 86_400,
  });
};
