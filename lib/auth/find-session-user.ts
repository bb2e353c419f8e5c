import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** What a session cookie carries besides the user's id: see docs/decisions/0015-security-sessions-and-throttling.md. */
export type SessionClaims = {
  userId: string;
  /** The user's session version when the cookie was issued; raising it ends every session. */
  version: number;
  /** This session's own id, refused once signed out. */
  sid: string;
  /** When the session ends whatever happens (ms since 1970); a refreshed cookie cannot outlive it. */
  endsAt: number;
  /**
   * The role at sign-in (a role change ends every session), only to choose which copy of a cached public page's
   * header to serve: it grants nothing, pages check the session in the database (docs/decisions/0021).
   */
  role?: Role;
};

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  customerId: string | null;
  seesEqualityData: boolean;
  /** Staff whose landlord requires a second factor they have not set up yet: only their account page is open. */
  mustSetUpSecondFactor: boolean;
};

/**
 * The user a session belongs to, or null when the session has ended: signed out, expired, the account disabled,
 * or every session ended (new password, role change, sign-out everywhere). One statement, the columns pages need.
 */
export const findSessionUser = async (claims: SessionClaims, now = new Date()): Promise<SessionUser | null> => {
  if (claims.endsAt <= now.getTime()) return null;
  const rows = await db.$queryRaw<SessionUser[]>`
    SELECT "id", "name", "email", "role"::text AS "role", "customerId", "seesEqualityData",
      ("role" NOT IN ('TENANT', 'MEMBER') AND "totpEnabledAt" IS NULL AND COALESCE((
        SELECT "secondFactorRequiredFor" = 'STAFF' OR ("secondFactorRequiredFor" = 'ADMINISTRATORS' AND "User"."role" = 'ADMIN')
        FROM "Landlord" WHERE "id" = 1), false)) AS "mustSetUpSecondFactor"
    FROM "User"
    WHERE "id" = ${claims.userId} AND "disabledAt" IS NULL AND "sessionVersion" = ${claims.version}
      AND NOT EXISTS (SELECT 1 FROM "RevokedSession" WHERE "sid" = ${claims.sid})`;
  return rows[0] ?? null;
};
