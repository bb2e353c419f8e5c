import type { Tx } from "../lib/db";

/**
 * An officer only the second-factor end-to-end test uses: turning on an authenticator app for a shared demo account
 * would stop every other test signing in with it. The landlord's requirement stays off in the demo.
 */
export const SECOND_FACTOR_DEMO_EMAIL = "second-factor@involve.test";

export const seedSecurity = async (tx: Tx, passwordHash: string) => {
  await tx.user.create({
    data: { email: SECOND_FACTOR_DEMO_EMAIL, name: "Sam Okafor", role: "OFFICER", passwordHash },
  });
};
