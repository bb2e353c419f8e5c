import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_HOME: Record<Role, string> = {
  TENANT: "/tenant",
  OFFICER: "/staff",
  BOARD: "/board",
  ADMIN: "/admin",
};

export const ROLE_LABEL: Record<Role, string> = {
  TENANT: "Tenant",
  OFFICER: "Involvement officer",
  BOARD: "Board member",
  ADMIN: "Administrator",
};

/** Who may enter each area. Admins can see every staff and board page but act as no tenant. */
export const AREA_ROLES = {
  tenant: ["TENANT"],
  staff: ["OFFICER", "ADMIN"],
  board: ["BOARD", "OFFICER", "ADMIN"],
  admin: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export const ALL_ROLES = ["TENANT", "OFFICER", "BOARD", "ADMIN"] as const satisfies readonly Role[];

export type Access = "allow" | "sign-in" | "forbidden";

export const decideAccess = (user: { role: Role } | null, allowed: readonly Role[]): Access => {
  if (!user) return "sign-in";
  return allowed.includes(user.role) ? "allow" : "forbidden";
};

// Failed sign-ins tolerated within the window before further attempts are refused.
export const SIGN_IN_LIMITS = { perAccount: 5, perIp: 20, windowMinutes: 15 } as const;

export const failureWindowStart = (now: Date) => new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);

export const isSignInLimited = (failures: { account: number; ip: number }) =>
  failures.account >= SIGN_IN_LIMITS.perAccount || failures.ip >= SIGN_IN_LIMITS.perIp;

export const RESET_LINK_MINUTES = 60;

export const resetLinkExpiry = (now: Date) => new Date(now.getTime() + RESET_LINK_MINUTES * 60_000);

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Individual equality answers are special category data: administrators, and staff granted it, only. */
export const canSeeEqualityData = (user: { role: Role; seesEqualityData: boolean }) =>
  user.role === "ADMIN" || (user.role === "OFFICER" && user.seesEqualityData);
