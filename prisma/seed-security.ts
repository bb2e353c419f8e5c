import type { Tx } from "../lib/db";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET } from "./seed-data";

/**
 * An officer only the second-factor end-to-end test uses, to set an app up from the start. The demo requires a
 * second factor of administrators only (decision 19): the administrator has an app with a published secret, and the
 * other shared accounts sign in with a password alone, as before.
 */
export const SECOND_FACTOR_DEMO_EMAIL = "second-factor@involve.test";

export const seedSecurity = async (tx: Tx, passwordHash: string) => {
  await tx.user.create({
    data: { email: SECOND_FACTOR_DEMO_EMAIL, name: "Sam Okafor", role: "OFFICER", passwordHash },
  });
  await tx.landlord.update({ where: { id: 1 }, data: { secondFactorRequiredFor: "ADMINISTRATORS" } });
  await tx.user.update({
    where: { email: DEMO_ADMIN_EMAIL },
    data: { totpSecret: DEMO_ADMIN_TOTP_SECRET, totpEnabledAt: new Date("2026-01-05T09:00:00Z") },
  });
};
