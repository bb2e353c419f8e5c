import { describe, expect, it } from "vitest";
import {
  AREA_ROLES,
  decideAccess,
  failureWindowStart,
  isSignInLimited,
  normaliseEmail,
  resetLinkExpiry,
  SIGN_IN_LIMITS,
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

describe("sign-in limits", () => {
  it("refuses from the fifth failure for an account or the twentieth for an address", () => {
    expect(isSignInLimited({ account: SIGN_IN_LIMITS.perAccount - 1, ip: 0 })).toBe(false);
    expect(isSignInLimited({ account: SIGN_IN_LIMITS.perAccount, ip: 0 })).toBe(true);
    expect(isSignInLimited({ account: 0, ip: SIGN_IN_LIMITS.perIp - 1 })).toBe(false);
    expect(isSignInLimited({ account: 0, ip: SIGN_IN_LIMITS.perIp })).toBe(true);
  });

  it("counts failures over the last fifteen minutes", () => {
    expect(failureWindowStart(new Date("2026-11-22T10:15:00Z"))).toEqual(new Date("2026-11-22T10:00:00Z"));
  });
});

it("reset links last one hour", () => {
  expect(resetLinkExpiry(new Date("2026-11-22T10:00:00Z"))).toEqual(new Date("2026-11-22T11:00:00Z"));
});

it("compares email addresses without case or surrounding space", () => {
  expect(normaliseEmail("  Morag.Campbell@Example.ORG ")).toBe("morag.campbell@example.org");
});
