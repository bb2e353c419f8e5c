import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { financialYearPeriod, getInvolvementProfile, seldomHeard } from "@/lib/reach/profile";
import { createLandlord } from "@/tests/factories";
import { createEvent } from "@/tests/factories/events";
import { createArea, createCustomer } from "@/tests/factories/people";

const AGE_BANDS = ["16 to 24", "25 to 34", "65 to 74"];

/**
 * A landlord housing 45 customers, 15 of them involved in 2026/27, counted here by hand:
 * - 20 North tenants aged 25 to 34, 8 of whom came to an event in the year;
 * - 10 South tenants aged 16 to 24, 2 of whom answered a consultation;
 * - 10 South leaseholders aged 65 to 74 with BSL as a support need (4 of them, and 2 more, have it), of whom 2
 *   sit on a panel since 2025, 1 completed training and 1 gave feedback;
 * - 5 North tenants who did not answer the age question, one of whom came to an event before the year began;
 * - a former North tenant aged 25 to 34 who came to an event in the year (involved, no longer housed);
 * - an anonymised customer who came to it too (counted nowhere).
 */
const seed = async () => {
  await createLandlord();
  const [north, south] = [await createArea("North"), await createArea("South")];
  const age = await db.equalityQuestion.create({
    data: { key: "age", label: "Age group", options: AGE_BANDS, position: 1 },
  });
  const make = async (count: number, areaId: string, ageBand: string | null, kind: "TENANT" | "LEASEHOLDER") => {
    const made = [];
    for (let i = 0; i < count; i += 1) {
      const customer = await createCustomer({ areaId, kind });
      if (ageBand)
        await db.equalityAnswer.create({
          data: { customerId: customer.id, questionId: age.id, answer: ageBand, answeredAt: new Date() },
        });
      made.push(customer);
    }
    return made;
  };
  const young = await make(10, south.id, "16 to 24", "TENANT");
  const working = await make(20, north.id, "25 to 34", "TENANT");
  const older = await make(10, south.id, "65 to 74", "LEASEHOLDER");
  const unanswered = await make(5, north.id, null, "TENANT");
  const [former, anonymised] = await make(2, north.id, "25 to 34", "TENANT");
  await db.customer.update({ where: { id: former!.id }, data: { status: "FORMER" } });
  await db.customer.update({ where: { id: anonymised!.id }, data: { anonymisedAt: new Date() } });

  const inYear = await createEvent({
    startsAt: new Date("2026-06-01T10:00:00Z"),
    endsAt: new Date("2026-06-01T12:00:00Z"),
  });
  const before = await createEvent({
    startsAt: new Date("2026-01-10T10:00:00Z"),
    endsAt: new Date("2026-01-10T12:00:00Z"),
  });
  const attend = (eventId: string, customerId: string) =>
    db.eventAttendance.create({ data: { eventId, customerId, walkIn: false, recordedAt: new Date() } });
  for (const customer of [...working.slice(0, 8), former!, anonymised!]) await attend(inYear.id, customer.id);
  await attend(before.id, unanswered[0]!.id);

  const consultation = await db.consultation.create({
    // Open now, as the database lets responses in only while a consultation is open; they are dated in July.
    data: {
      title: "Rents",
      summary: "Rents",
      status: "OPEN",
      opensAt: new Date("2026-06-01"),
      closesAt: new Date(Date.now() + 86_400_000),
    },
  });
  for (const customer of young.slice(0, 2))
    await db.consultationResponse.create({
      data: {
        consultationId: consultation.id,
        customerId: customer.id,
        channel: "ONLINE",
        submittedAt: new Date("2026-07-01T10:00:00Z"),
        updatedAt: new Date("2026-07-01T10:00:00Z"),
      },
    });
  const panel = await db.group.create({ data: { name: "Scrutiny panel", type: "SCRUTINY_PANEL" } });
  for (const customer of older.slice(0, 2))
    await db.groupMembership.create({
      data: { groupId: panel.id, customerId: customer.id, startedOn: new Date("2025-01-01") },
    });
  const course = await db.trainingCourse.create({ data: { title: "Scrutiny skills" } });
  await db.trainingCompletion.create({
    data: { courseId: course.id, eventId: before.id, customerId: older[2]!.id, completedAt: new Date("2026-09-01") },
  });
  await db.feedback.create({
    data: {
      kind: "SUGGESTION",
      serviceArea: "REPAIRS",
      channel: "ONLINE",
      details: "More evening repairs",
      customerId: older[3]!.id,
      answerBy: new Date("2026-10-20"),
      createdAt: new Date("2026-10-01T10:00:00Z"),
    },
  });
  for (const customer of older.slice(0, 6))
    await db.supportNeed.create({ data: { customerId: customer.id, kind: "BSL" } });
  return { north, south };
};

const rowsOf = async (key: string) => {
  const profile = await getInvolvementProfile(financialYearPeriod(2026));
  const dimension = profile.dimensions.find((entry) => entry.key === key)!;
  return Object.fromEntries(
    dimension.rows.map(({ label, involved, customers, involvedShare, customerShare, gap, seldomHeard }) => [
      label,
      { involved, customers, involvedShare, customerShare, gap, seldomHeard },
    ]),
  );
};

describe("involvement profile", () => {
  it("counts everyone involved in the year beside every current customer, as counted by hand", async () => {
    await seed();
    const profile = await getInvolvementProfile(financialYearPeriod(2026));
    expect({ involved: profile.involved, customers: profile.customers }).toEqual({ involved: 15, customers: 45 });

    const ages = await rowsOf("eq:age");
    // 2 and 4 involved are hidden; 16 to 24 is still seldom heard (13.3% of those involved, 22.2% of customers).
    expect(ages["16 to 24"]).toEqual({
      involved: null,
      customers: 10,
      involvedShare: null,
      customerShare: 22.2,
      gap: null,
      seldomHeard: true,
    });
    expect(ages["25 to 34"]).toEqual({
      involved: 9,
      customers: 20,
      involvedShare: 60,
      customerShare: 44.4,
      gap: 15.6,
      seldomHeard: false,
    });
    expect(ages["65 to 74"]).toMatchObject({ involved: null, customers: 10, seldomHeard: false });
    // Nobody left out of the age question took part, but they cannot be targeted by an answer they did not give.
    expect(ages["Not answered"]).toEqual({
      involved: 0,
      customers: 5,
      involvedShare: 0,
      customerShare: 11.1,
      gap: -11.1,
      seldomHeard: false,
    });
    expect(ages["Prefer not to say"]).toMatchObject({ involved: 0, customers: 0, gap: 0 });

    const areas = await rowsOf("area");
    expect(areas.North).toMatchObject({ involved: 9, customers: 25, gap: 4.4, seldomHeard: false });
    expect(areas.South).toMatchObject({ involved: 6, customers: 20, gap: -4.4, seldomHeard: false });

    // Leaseholders' 4 is hidden, so the next smallest (tenants' 11) is hidden too: 15 minus 11 would give it away.
    const kinds = await rowsOf("kind");
    expect(kinds.Tenant).toMatchObject({ involved: null, customers: 35 });
    expect(kinds.Leaseholder).toMatchObject({ involved: null, customers: 10 });
    expect(kinds["Factored owner"]).toMatchObject({ involved: 0, customers: 0 });

    const needs = await rowsOf("need");
    expect(needs["British Sign Language"]).toMatchObject({ involved: null, customers: 6 });
  });

  it("lists seldom-heard groups by the landlord's own threshold, with the audience to reach each", async () => {
    const { south } = await seed();
    const atFive = seldomHeard(await getInvolvementProfile(financialYearPeriod(2026)));
    expect(atFive.map((row) => `${row.dimension}: ${row.label}`)).toEqual(["Age group: 16 to 24"]);
    expect(atFive[0]!.audience).toMatchObject({ audienceEqualityAnswers: ["age=16 to 24"], audienceAreaIds: [] });

    await db.landlord.update({ where: { id: 1 }, data: { reachGapPoints: 4 } });
    const atFour = seldomHeard(await getInvolvementProfile(financialYearPeriod(2026)));
    // Groups whose gap is hidden come first; tenants are 73.3% of those involved and 77.8% of customers.
    expect(atFour.map((row) => row.label)).toEqual(["16 to 24", "Tenant", "South"]);
    expect(atFour[2]!.audience).toMatchObject({ audienceAreaIds: [south.id] });
  });

  it("counts nobody involved in a year with no activity", async () => {
    await seed();
    const profile = await getInvolvementProfile(financialYearPeriod(2023));
    expect({ involved: profile.involved, customers: profile.customers }).toEqual({ involved: 0, customers: 45 });
  });
});
