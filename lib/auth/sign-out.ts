"use server";

import { endEverySession, endSession } from "./end-sessions";
import { signOut } from "./next-auth";
import { ALL_ROLES } from "./rules";
import { getSessionClaims, requireRole } from "./session";

// The header's and account page's sign-out buttons post here; they live in lib/ so components never import from app/.

/** Ends this session for good: a copy of the cookie kept elsewhere no longer works either. */
export const signOutAction = async () => {
  const claims = await getSessionClaims();
  if (claims) await endSession(claims);
  await signOut({ redirectTo: "/sign-in?signed-out=1" });
};

/** Ends every session of the signed-in user, on every device. */
export const signOutEverywhereAction = async () => {
  const user = await requireRole(ALL_ROLES, { beforeSecondFactor: true });
  await endEverySession({ userId: user.id, actorId: user.id, reason: "signed out everywhere" });
  await signOut({ redirectTo: "/sign-in?signed-out=1" });
};
