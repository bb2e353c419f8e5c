import { describe, expect, it } from "vitest";
import { customerChanges, homeChanges, planDigest } from "@/lib/people/import/rules";
import type { ImportHome, ImportRow } from "@/lib/people/import/types";

const HOME: ImportHome = {
  reference: "H1",
  addressLine1: "1 Mill Lane",
  addressLine2: null,
  town: "Northvale",
  postcode: "NV1 2AB",
  area: "Riverside",
  stockType: "LCRA",
  hasCommunalAreas: false,
};

const ROW: ImportRow = {
  line: 2,
  reference: "C1",
  kind: "TENANT",
  status: "ACTIVE",
  firstName: "Morag",
  lastName: "Campbell",
  email: null,
  phone: null,
  home: HOME,
};

describe("comparing a line with the records", () => {
  it("names the home columns that differ, ignoring the case of the area's name", () => {
    expect(homeChanges(HOME, { ...HOME, area: "RIVERSIDE" })).toEqual([]);
    expect(homeChanges(HOME, { ...HOME, town: "Glen", addressLine2: "Upper flat", hasCommunalAreas: true })).toEqual([
      "address_line_2",
      "town",
      "communal_areas",
    ]);
  });

  it("names the customer columns that differ, including a move to another home", () => {
    const current = {
      kind: "TENANT" as const,
      status: "ACTIVE" as const,
      firstName: "Morag",
      lastName: "Campbell",
      email: null,
      phone: null,
      homeReference: "H1",
    };
    expect(customerChanges(ROW, current)).toEqual([]);
    expect(customerChanges({ ...ROW, status: "FORMER", email: "m@example.org", home: null }, current)).toEqual([
      "status",
      "email",
      "home_reference",
    ]);
  });
});

describe("the plan's fingerprint", () => {
  it("changes when any line would be treated differently, or for another file", () => {
    const plan = [{ line: 2, action: "update" as const, changes: ["email" as const] }];
    const file = "a".repeat(64);
    expect(planDigest(file, plan, [])).toBe(planDigest(file, structuredClone(plan), []));
    expect(planDigest(file, plan, [])).not.toBe(planDigest(file, [{ ...plan[0]!, changes: ["phone"] }], []));
    expect(planDigest(file, plan, [])).not.toBe(
      planDigest(file, [{ ...plan[0]!, action: "unchanged", changes: [] }], []),
    );
    expect(planDigest(file, plan, [])).not.toBe(planDigest(file, plan, ["Meadowbank"]));
    expect(planDigest(file, plan, [])).not.toBe(planDigest("b".repeat(64), plan, []));
  });
});
