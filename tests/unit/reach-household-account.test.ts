import { describe, expect, it } from "vitest";
import { householdMemberReference, ownAccountProblem } from "@/lib/reach/household-account-rules";
import { ZHouseholdInvitation } from "@/lib/reach/household-schemas";
import { AGE_BAND_LABEL } from "@/lib/reach/labels";
import type { AgeBand } from "@/lib/generated/prisma/enums";

describe("who in a household can have their own account", () => {
  it("is someone 16 to 24 only: never a child under 16, and adults register as any customer", () => {
    const allowed = (Object.keys(AGE_BAND_LABEL) as AgeBand[]).filter(
      (ageBand) => ownAccountProblem({ ageBand, ownCustomerId: null }) === null,
    );
    expect(allowed).toEqual(["AGE_16_TO_24"]);
    expect(ownAccountProblem({ ageBand: "AGE_11_TO_15", ownCustomerId: null })).toBe(
      "Only people aged 16 to 24 can be invited to their own account.",
    );
  });

  it("is invited once: someone who already has their own account is not invited again", () => {
    expect(ownAccountProblem({ ageBand: "AGE_16_TO_24", ownCustomerId: "c1" })).toBe(
      "They already have their own account.",
    );
  });

  it("gets a customer reference of their own, and is invited at a real email address", () => {
    expect(householdMemberReference("abc")).toBe("HM-abc");
    expect(ZHouseholdInvitation.parse({ memberId: "m1", email: " Sam@Example.test " }).email).toBe("sam@example.test");
    expect(ZHouseholdInvitation.safeParse({ memberId: "m1", email: "sam" }).success).toBe(false);
  });
});
