import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_HOME: Record<Role, string> = {
  TENANT: "/tenant",
  OFFICER: "/staff",
  BOARD: "/board",
  ADMIN: "/admin",
  MEMBER: "/groups",
};

export const ROLE_LABEL: Record<Role, string> = {
  TENANT: "Tenant",
  OFFICER: "Involvement officer",
  BOARD: "Board member",
  ADMIN: "Administrator",
  MEMBER: "Group member",
};

/** Who may enter each area. Admins can see every staff and board page but act as no tenant. */
export const AREA_ROLES = {
  tenant: ["TENANT"],
  staff: ["OFFICER", "ADMIN"],
  board: ["BOARD", "OFFICER", "ADMIN"],
  admin: ["ADMIN"],
  /** Anyone signed in may open "My groups"; each group's space then checks membership (lib/groups/space-access). */
  groups: ["TENANT", "OFFICER", "BOARD", "ADMIN", "MEMBER"],
} as const satisfies Record<string, readonly Role[]>;

export const ALL_ROLES = ["TENANT", "OFFICER", "BOARD", "ADMIN", "MEMBER"] as const satisfies readonly Role[];

/** Roles that must be able to use a second factor: everyone who sees more than their own information. */
export const STAFF_ROLES = ["OFFICER", "BOARD", "ADMIN"] as const satisfies readonly Role[];

export type Access = "allow" | "sign-in" | "forbidden";

export const decideAccess = (user: { role: Role } | null, allowed: readonly Role[]): Access => {
  if (!user) return "sign-in";
  return allowed.includes(user.role) ? "allow" : "forbidden";
};

/** How often a key (an account, an address, an email asking for resets) may be tried: see docs/decisions. */
export type ThrottlePolicy = {
  /** Attempts per window; further attempts are refused until the window ends. */
  limit: number;
  windowMs: number;
  /** After this many attempts each further one waits twice as long as the last, up to maxDelayMs. */
  freeAttempts?: number;
  maxDelayMs?: number;
};

export type ThrottleState = { attempts: number; windowStart: Date; notBefore: Date };

export type ThrottleDecision = { allowed: true; next: ThrottleState } | { allowed: false; retryAfterMs: number };

const MINUTE = 60_000;

export const THROTTLES = {
  /** One account from one address: strict, since only that address is held back. */
  accountAndAddress: { limit: 5, windowMs: 15 * MINUTE },
  /** One account from anywhere: never locked, only slowed (1 s, 2 s, 4 s ... at most a minute between guesses). */
  account: { limit: Number.MAX_SAFE_INTEGER, windowMs: 24 * 60 * MINUTE, freeAttempts: 5, maxDelayMs: MINUTE },
  /**
   * A browser the owner signed in with before, instead of the two keys above: an attack elsewhere does not touch it,
   * and a stolen device cookie still allows no more than this.
   */
  knownDevice: { limit: 10, windowMs: 15 * MINUTE },
  /** One address across accounts: stops one machine trying many accounts. */
  address: { limit: 50, windowMs: 15 * MINUTE },
  /** Reset links and registrations asked for, per email or customer reference and per address. */
  resetEmail: { limit: 3, windowMs: 60 * MINUTE },
  resetAddress: { limit: 10, windowMs: 60 * MINUTE },
  registerReference: { limit: 5, windowMs: 60 * MINUTE },
  registerAddress: { limit: 10, windowMs: 60 * MINUTE },
  /** Public forms (anonymous feedback, one-click unsubscribe) per client; registration uses registerAddress. */
  feedbackClient: { limit: 5, windowMs: 10 * MINUTE },
  unsubscribeClient: { limit: 30, windowMs: 10 * MINUTE },
  /** "Was this useful?" under a newsletter: a reader answers once per item, a few items at a sitting. */
  newsUsefulClient: { limit: 20, windowMs: 10 * MINUTE },
  /** Codes from an authenticator app, per account: six digits allow no more. */
  secondFactor: { limit: 5, windowMs: 15 * MINUTE },
} as const satisfies Record<string, ThrottlePolicy>;

/** The wait before the attempt after `attempts` attempts: none while free, then doubling from one second. */
export const delayAfter = (attempts: number, policy: ThrottlePolicy) => {
  const free = policy.freeAttempts ?? Number.MAX_SAFE_INTEGER;
  if (attempts < free) return 0;
  return Math.min(1000 * 2 ** Math.min(attempts - free, 30), policy.maxDelayMs ?? Number.MAX_SAFE_INTEGER);
};

/** A key with no wait pending: any clock is after it. */
export const NO_WAIT = new Date(0);

/** Whether one more attempt may be evaluated now, and the key's state if so. Pure: the caller holds the row lock. */
export const decideAttempt = (state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleDecision => {
  const expired = !state || now.getTime() - state.windowStart.getTime() >= policy.windowMs;
  const current = expired ? { attempts: 0, windowStart: now, notBefore: NO_WAIT } : state;
  if (current.attempts >= policy.limit) {
    return { allowed: false, retryAfterMs: current.windowStart.getTime() + policy.windowMs - now.getTime() };
  }
  if (now < current.notBefore) return { allowed: false, retryAfterMs: current.notBefore.getTime() - now.getTime() };
  const attempts = current.attempts + 1;
  const delay = delayAfter(attempts, policy);
  // Only a real delay moves the wait: two requests arriving together carry clocks read a moment apart, and the
  // one read first must not be refused for coming "before" the other.
  return {
    allowed: true,
    next: {
      attempts,
      windowStart: current.windowStart,
      notBefore: delay > 0 ? new Date(now.getTime() + delay) : current.notBefore,
    },
  };
};

/** "a minute", "15 minutes": how long to wait, rounded up, for the refusal message. */
export const waitPhrase = (ms: number) => {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
};

/**
 * Failed sign-ins to one account go into the audit log summarised: the first of an hour, then one row when the count
 * reaches 10, 100, 1,000 ... (an attack of one guess a second for an hour writes four rows, not 3,600).
 */
export const FAILED_SIGN_IN_AUDIT_WINDOW_MS = 60 * MINUTE;

export const auditsFailedAttempt = (attempts: number) =>
  attempts === 1 || (attempts >= 10 && /^10*$/.test(`${attempts}`));

export const RESET_LINK_MINUTES = 60;

export const resetLinkExpiry = (now: Date) => new Date(now.getTime() + RESET_LINK_MINUTES * 60_000);

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Individual equality answers are special category data: administrators, and staff granted it, only. */
export const canSeeEqualityData = (user: { role: Role; seesEqualityData: boolean }) =>
  user.role === "ADMIN" || (user.role === "OFFICER" && user.seesEqualityData);
