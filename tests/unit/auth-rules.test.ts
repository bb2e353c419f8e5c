import { describe, expect, it } from "vitest";
import {
  auditsFailedAttempt,
  AREA_ROLES,
  decideAccess,
  decideAttempt,
  delayAfter,
  normaliseEmail,
  resetLinkExpiry,
  THROTTLES,
  waitPhrase,
  type ThrottleState,
} from "@/lib/auth/rules";

describe("decideAccess", () => {
  it("sends a stranger to sign in", () => {
    expect(decideAccess(null, AREA_ROLES.tenant)).toBe("sign-in");
  });

  it("lets each role into its own area and refuses the others", () => {
    expect(decideAccess({ role: "TENANT" }, AREA_ROLES.tenant)).toBe("allow");
    expect(decideAccess({ role: "TENANT" }, AREA_ROLES.staff)).toBe("forbidden");
    expect(decideAccess({ role: "OFFICER" }, AREA_ROLES.staff)).toBe("allow");
    expect(decideAccess({ role: "OFFICER" }, AREA_ROLES.admin)).toBe("forbidden");
    expect(decideAccess({ role: "BOARD" }, AREA_ROLES.board)).toBe("allow");
    expect(decideAccess({ role: "BOARD" }, AREA_ROLES.staff)).toBe("forbidden");
    expect(decideAccess({ role: "ADMIN" }, AREA_ROLES.admin)).toBe("allow");
  });

  it("keeps staff out of the tenant portal: they act for tenants through their own screens", () => {
    expect(decideAccess({ role: "ADMIN" }, AREA_ROLES.tenant)).toBe("forbidden");
    expect(decideAccess({ role: "OFFICER" }, AREA_ROLES.tenant)).toBe("forbidden");
  });
});

describe("throttle rules", () => {
  const at = (iso: string) => new Date(`2026-11-22T${iso}Z`);
  const run = (count: number, policy: Parameters<typeof decideAttempt>[2], now: Date) => {
    let state: ThrottleState | null = null;
    let allowed = 0;
    for (let i = 0; i < count; i += 1) {
      const decision = decideAttempt(state, now, policy);
      if (decision.allowed) {
        allowed += 1;
        state = decision.next;
      }
    }
    return { allowed, state };
  };

  it("allows the limit of attempts per window and no more, then a new window", () => {
    const { allowed, state } = run(30, THROTTLES.accountAndAddress, at("10:00:00"));
    expect(allowed).toBe(5);
    expect(decideAttempt(state, at("10:14:59"), THROTTLES.accountAndAddress)).toEqual({
      allowed: false,
      retryAfterMs: 1000,
    });
    expect(decideAttempt(state, at("10:15:00"), THROTTLES.accountAndAddress).allowed).toBe(true);
  });

  it("does not refuse an attempt whose clock was read a moment before a concurrent one's", () => {
    const first = decideAttempt(null, at("10:00:00.500"), THROTTLES.account);
    expect(first.allowed).toBe(true);
    const state = first.allowed ? first.next : null;
    expect(decideAttempt(state, at("10:00:00.490"), THROTTLES.account).allowed).toBe(true);
  });

  it("slows an account after five attempts, doubling up to a minute, and never locks it", () => {
    expect([1, 4, 5, 6, 7, 10, 11, 40].map((n) => delayAfter(n, THROTTLES.account))).toEqual([
      0, 0, 1000, 2000, 4000, 32_000, 60_000, 60_000,
    ]);
    const { allowed, state } = run(30, THROTTLES.account, at("10:00:00"));
    expect(allowed).toBe(5);
    expect(decideAttempt(state, at("10:00:00.999"), THROTTLES.account).allowed).toBe(false);
    const later = decideAttempt(state, at("10:00:01"), THROTTLES.account);
    expect(later.allowed && later.next.notBefore).toEqual(at("10:00:03"));
  });

  it("says how long to wait in whole minutes", () => {
    expect(waitPhrase(999)).toBe("a minute");
    expect(waitPhrase(14 * 60_000 + 1)).toBe("15 minutes");
  });
});

it("reset links last one hour", () => {
  expect(resetLinkExpiry(new Date("2026-11-22T10:00:00Z"))).toEqual(new Date("2026-11-22T11:00:00Z"));
});

it("compares email addresses without case or surrounding space", () => {
  expect(normaliseEmail("  Morag.Campbell@Example.ORG ")).toBe("morag.campbell@example.org");
});

describe("failed sign-ins in the audit log", () => {
  it("are written for the first of the hour, then at 10, 100, 1,000 ...", () => {
    const written = Array.from({ length: 1500 }, (_, i) => i + 1).filter(auditsFailedAttempt);
    expect(written).toEqual([1, 10, 100, 1000]);
  });
});
