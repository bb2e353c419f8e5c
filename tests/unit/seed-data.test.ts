import { describe, expect, it } from "vitest";
import { AREAS, buildCustomers, CUSTOMER_COUNT, DEMO_USERS } from "@/prisma/seed-data";

describe("demo data", () => {
  it("is the same every time", () => {
    expect(buildCustomers("ENGLAND")).toEqual(buildCustomers("ENGLAND"));
  });

  it("has a few hundred customers spread over every area, with one account per role", () => {
    const { customers, homes } = buildCustomers("ENGLAND");
    expect(customers).toHaveLength(CUSTOMER_COUNT);
    expect(new Set(homes.map((home) => home.areaId)).size).toBe(AREAS.length);
    expect(new Set(DEMO_USERS.map((user) => user.role))).toEqual(new Set(["TENANT", "OFFICER", "BOARD", "ADMIN"]));
  });

  it("uses each regulator's stock types", () => {
    const english = new Set(buildCustomers("ENGLAND").homes.map((home) => home.stockType));
    const scottish = new Set(buildCustomers("SCOTLAND").homes.map((home) => home.stockType));
    expect(english).toEqual(new Set(["LCRA", "LCHO"]));
    expect(scottish).toEqual(new Set(["SOCIAL_RENT", "OTHER"]));
  });

  it("gives applicants no home and everyone else one", () => {
    const { customers } = buildCustomers("ENGLAND");
    for (const customer of customers) expect(customer.homeId === null).toBe(customer.kind === "APPLICANT");
  });
});
