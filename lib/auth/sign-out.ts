"use server";

import { signOut } from "./next-auth";

/** The header's sign-out button posts here; it lives in lib/ so components never import from app/. */
export const signOutAction = async () => {
  await signOut({ redirectTo: "/sign-in?signed-out=1" });
};
