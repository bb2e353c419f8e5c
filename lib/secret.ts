import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { env } from "@/lib/env";

const SECRET_FILE = ".data/auth-secret";

/**
 * AUTH_SECRET signs session cookies, sign-in tickets and unsubscribe links (so it lives beside env.ts, not in one
 * domain). A server sets it; a fresh clone gets a random one kept in .data/ so sessions survive restarts without the
 * newcomer configuring anything.
 */
export const authSecret = (): string => {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(".data", { recursive: true });
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
};
