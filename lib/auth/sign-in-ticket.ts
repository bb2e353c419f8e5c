import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secret";

/**
 * A signed note that a user passed a sign-in step: "password" (the code is still to come, kept in a cookie for five
 * minutes), "session" (handed straight to next-auth on the server, never to the browser) or "device" (this browser
 * has signed in to the account before, kept for a year: see lib/auth/known-device.ts).
 */
type Purpose = "password" | "session" | "device";

const LIFETIME_MS: Record<Purpose, number> = { password: 5 * 60_000, session: 60_000, device: 365 * 86_400_000 };

const sign = (payload: string) => createHmac("sha256", authSecret()).update(payload).digest("base64url");

export const issueTicket = (userId: string, purpose: Purpose, now = Date.now()) => {
  const payload = `${purpose}.${userId}.${now + LIFETIME_MS[purpose]}`;
  return `${payload}.${sign(payload)}`;
};

/** The user a ticket names, or null when it is forged, for another step, or expired. */
export const readTicket = (ticket: unknown, purpose: Purpose, now = Date.now()): string | null => {
  if (typeof ticket !== "string" || ticket.length > 300) return null;
  const [kind, userId, expires, signature] = ticket.split(".");
  if (kind !== purpose || !userId || !expires || !signature) return null;
  const expected = Buffer.from(sign(`${kind}.${userId}.${expires}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Number(expires) > now ? userId : null;
};
