// Not server-only: proxy.ts reads the role from it to choose which copy of a public page to serve.
import { decode } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionClaims } from "./find-session-user";
import { ALL_ROLES as ROLES } from "./rules";
import { authSecret } from "@/lib/secret";

// next-auth's cookie names: the `__Secure-` one over HTTPS. The name is also the salt its key is derived with.
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
const MAX_REMEMBERED = 10_000;

type Remembered = { claims: SessionClaims; expiresAt: number };

/**
 * Decoded session cookies by their exact name and text. Decoding derives a key and decrypts the token (about a millisecond
 * of CPU), and a session sends the same cookie with every request. Only the decoding is remembered: whether the
 * session is still valid is checked in the database on every request (findSessionUser).
 */
const remembered = new Map<string, Remembered>();

const remember = (key: string, entry: Remembered) => {
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, entry);
};

const toClaims = (payload: Record<string, unknown> | null): Remembered | null => {
  const { sub, sv, sid, sxp, exp, role } = payload ?? {};
  if (typeof sub !== "string" || typeof sv !== "number" || typeof sid !== "string" || typeof sxp !== "number")
    return null;
  const expiresAt = typeof exp === "number" ? Math.min(exp * 1000, sxp) : sxp;
  // Cookies from before the role was a claim have none: their public pages show the stranger's header.
  const known = typeof role === "string" && (ROLES as readonly string[]).includes(role) ? (role as Role) : undefined;
  return { claims: { userId: sub, version: sv, sid, endsAt: sxp, role: known }, expiresAt };
};

/**
 * The claims of a request's session cookie, or null for a stranger, an unreadable or expired cookie, or a cookie
 * from before claims existed. Reads the cookie directly instead of through next-auth's `auth()`, which also builds
 * a request, runs the callbacks and encrypts a refreshed cookie that a page cannot set anyway.
 */
export const readSessionClaims = async (
  cookie: (name: string) => string | undefined,
  now = Date.now(),
): Promise<SessionClaims | null> => {
  const name = COOKIE_NAMES.find((candidate) => cookie(candidate));
  const token = name && cookie(name);
  if (!name || !token) return null;
  const key = `${name}=${token}`;
  const known = remembered.get(key);
  if (known) return known.expiresAt > now ? known.claims : null;
  const decoded = toClaims(await decode({ token, secret: authSecret(), salt: name }).catch(() => null));
  if (!decoded) return null;
  remember(key, decoded);
  return decoded.expiresAt > now ? decoded.claims : null;
};
