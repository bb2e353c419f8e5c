import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secret";
import { env } from "@/lib/env";

// A separate purpose string keeps these signatures from ever matching any other use of the secret.
const sign = (customerId: string) =>
  createHmac("sha256", authSecret()).update(`unsubscribe:${customerId}`).digest("base64url");

/**
 * A link that needs no sign-in: it names the customer and carries a signature only the server can make, so
 * nobody can unsubscribe someone else by guessing. It never expires, as the law expects of an opt-out.
 */
export const unsubscribeToken = (customerId: string) =>
  `${Buffer.from(customerId).toString("base64url")}.${sign(customerId)}`;

/** The customer a token was made for, or null when it was altered or made up. */
export const verifyUnsubscribeToken = (token: string): string | null => {
  const [encoded, signature] = token.split(".");
  if (!encoded || !signature || token.length > 300) return null;
  const customerId = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(sign(customerId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? customerId : null;
};

/** The page a person opens from the email (GET shows a button, so a mail scanner's visit changes nothing). */
export const unsubscribePageUrl = (customerId: string) =>
  `${env.APP_URL}/unsubscribe?token=${unsubscribeToken(customerId)}`;

/** The RFC 8058 one-click address mail programs POST to from their own "Unsubscribe" button. */
export const oneClickUnsubscribeUrl = (customerId: string) =>
  `${env.APP_URL}/unsubscribe/one-click?token=${unsubscribeToken(customerId)}`;
