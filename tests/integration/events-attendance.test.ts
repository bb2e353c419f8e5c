import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addWalkIn } from "@/lib/events/add-walk-in";
import { getEventFigures } from "@/lib/events/figures";
import { markAttended } from "@/lib/events/mark-attended";
import { recordCompletion } from "@/lib/events/record-completion";
import { registerForEvent } from "@/lib/events/register-for-event";
import { setStaffPresent } from "@/lib/events/set-staff-present";
import { setUnnamedAttendees } from "@/lib/events/set-unnamed-attendees";
import { createUser } from "@/tests/factories";
import { createCustomers, createEvent, NO_NEEDS } from "@/tests/factories/events";
import { createArea, createCustomer } from "@/tests/factories/people";

const now = new Date("2026-11-20T10:00:00Z");

describe("attendance at the door", () => {
  it("counts a registered customer once however often they are marked or added as a walk-in", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const event = await createEvent({ now, startsInHours: 1 });
    const customer = await createCustomer();
    await registerForEvent({ actor: officer, eventId: event.id, customer: { id: customer.id }, needs: NO_NEEDS, now });
    await markAttended({ actor: officer, eventId: event.id, customerId: customer.id });
    await markAttended({ actor: officer, eventId: event.id, customerId: customer.id });
    await expect(addWalkIn({ actor: officer, eventId: event.id, reference: customer.reference })).rejects.toThrow(
      "already marked as attended",
    );
    expect(await db.eventAttendance.findMany({ select: { customerId: true, walkIn: true } })).toEqual([
      { customerId: customer.id, walkIn: false },
    ]);
  });

  it("records a registered customer found by reference as attended, not as a walk-in", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const event = await createEvent({ now });
    const [registered, walkIn] = [await createCustomer(), await createCustomer()];
    await registerForEvent({
      actor: officer,
      eventId: event.id,
      customer: { id: registered.id },
      needs: NO_NEEDS,
      now,
    });
    await addWalkIn({ actor: officer, eventId: event.id, reference: registered.reference });
    await addWalkIn({ actor: officer, eventId: event.id, reference: walkIn.reference });
    const rows = await db.eventAttendance.findMany({
      select: { customerId: true, walkIn: true },
      orderBy: { walkIn: "asc" },
    });
    expect(rows).toEqual([
      { customerId: registered.id, walkIn: false },
      { customerId: walkIn.id, walkIn: true },
    ]);
  });

  it("refuses to mark someone attended who is not registered, and an unknown reference", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const event = await createEvent({ now });
    const customer = await createCustomer();
    await expect(markAttended({ actor: officer, eventId: event.id, customerId: customer.id })).rejects.toThrow(
      "not registered",
    );
    await expect(addWalkIn({ actor: officer, eventId: event.id, reference: "C99999" })).rejects.toThrow(
      "could not find that customer",
    );
    expect(await db.eventAttendance.count()).toBe(0);
  });

  it("refuses attendance before the event's day, and finds a walk-in by name when only one customer has it", async () => {
    const officer = await createUser({ role: "OFFICER" });
    // 23:30 UTC on 1 June is 00:30 on 2 June in the UK: the event's day has begun there.
    const event = await createEvent({ now: new Date("2026-06-01T23:30:00Z"), startsInHours: 1 });
    const jane = await createCustomer({ firstName: "Jane", lastName: "Smithson" });
    await createCustomer({ firstName: "Jan", lastName: "Smithers" });
    const dayBefore = new Date("2026-06-01T22:30:00Z");
    await expect(
      addWalkIn({ actor: officer, eventId: event.id, reference: jane.reference, now: dayBefore }),
    ).rejects.toThrow("Attendance can be recorded from the day of the event, 2 June 2026");
    const onTheDay = new Date("2026-06-01T23:45:00Z");
    // "Jan Smith" fits both; "Jane Smithson" fits one.
    await expect(
      addWalkIn({ actor: officer, eventId: event.id, reference: "Jan Smith", now: onTheDay }),
    ).rejects.toThrow("More than one customer has that name");
    expect(await addWalkIn({ actor: officer, eventId: event.id, reference: "jane smithson", now: onTheDay })).toEqual({
      name: `Jane Smithson (${jane.reference})`,
    });
    await expect(
      addWalkIn({ actor: officer, eventId: event.id, reference: "Nobody Atall", now: onTheDay }),
    ).rejects.toThrow("could not find that customer");
  });

  it("sets the unnamed count rather than adding to it, and records the staff present", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const other = await createUser({ role: "ADMIN" });
    const tenant = await createUser({ role: "TENANT" });
    const event = await createEvent({ now });
    await setUnnamedAttendees({ actor: officer, eventId: event.id, unnamedAttendees: 4 });
    await setUnnamedAttendees({ actor: officer, eventId: event.id, unnamedAttendees: 4 });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).unnamedAttendees).toBe(4);
    await setStaffPresent({ actor: officer, eventId: event.id, userIds: [officer.id, other.id] });
    await setStaffPresent({ actor: officer, eventId: event.id, userIds: [other.id] });
    expect(await db.eventStaff.findMany({ select: { userId: true } })).toEqual([{ userId: other.id }]);
    await expect(setStaffPresent({ actor: officer, eventId: event.id, userIds: [tenant.id] })).rejects.toThrow(
      "Choose staff",
    );
    expect(await db.auditEvent.count({ where: { entityId: event.id } })).toBe(4);
  });
});

describe("training completions", () => {
  it("records a course once per person, only for people who were there", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const course = await db.trainingCourse.create({ data: { title: "Scrutiny skills" } });
    const session = await createEvent({ now, kind: "TRAINING_SESSION", courseId: course.id });
    const customer = await createCustomer();
    await expect(
      recordCompletion({ actor: officer, eventId: session.id, person: { customerId: customer.id } }),
    ).rejects.toThrow("Mark the person");
    await addWalkIn({ actor: officer, eventId: session.id, reference: customer.reference });
    await setStaffPresent({ actor: officer, eventId: session.id, userIds: [officer.id] });
    await recordCompletion({ actor: officer, eventId: session.id, person: { customerId: customer.id } });
    await recordCompletion({ actor: officer, eventId: session.id, person: { userId: officer.id } });
    await expect(
      recordCompletion({ actor: officer, eventId: session.id, person: { userId: officer.id } }),
    ).rejects.toThrow("already completed");
    expect(await db.trainingCompletion.count()).toBe(2);
  });
});

describe("figures for the board", () => {
  it("equal a hand count on known data, for the period and area", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const [north, south] = [await createArea("North"), await createArea("South")];
    const people = await createCustomers(4);
    const [a, b, c, d] = people.map((p) => p.reference) as [string, string, string, string];
    const course = await db.trainingCourse.create({ data: { title: "Board induction" } });
    const day = (iso: string) => ({ startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 7_200_000) });
    // Held in the period: a partnership event in North, a training session in South.
    const gala = await createEvent({ ...day("2026-05-10T10:00:00Z"), areaId: north.id, partners: ["Age UK"] });
    const training = await createEvent({
      ...day("2026-06-01T10:00:00Z"),
      areaId: south.id,
      kind: "TRAINING_SESSION",
      courseId: course.id,
    });
    // Outside the period, and in the period but not yet started: neither counts.
    const before = await createEvent({ ...day("2026-03-31T10:00:00Z"), areaId: north.id, partners: ["Council"] });
    await createEvent({ ...day("2026-12-01T10:00:00Z"), areaId: north.id, partners: ["Council"] });
    for (const reference of [a, b, c]) await addWalkIn({ actor: officer, eventId: gala.id, reference });
    for (const reference of [a, d]) await addWalkIn({ actor: officer, eventId: training.id, reference });
    await addWalkIn({ actor: officer, eventId: before.id, reference: d });
    await setUnnamedAttendees({ actor: officer, eventId: gala.id, unnamedAttendees: 5 });
    await setUnnamedAttendees({ actor: officer, eventId: before.id, unnamedAttendees: 9 });
    await setStaffPresent({ actor: officer, eventId: training.id, userIds: [officer.id] });
    await recordCompletion({ actor: officer, eventId: training.id, person: { customerId: people[0]!.id } });
    await recordCompletion({ actor: officer, eventId: training.id, person: { userId: officer.id } });

    const period = { from: "2026-04-01", to: "2027-03-31", now };
    expect(await getEventFigures(period)).toEqual({
      eventsHeld: 2,
      eventsInPartnership: 1,
      namedAttendees: 5,
      unnamedAttendees: 5,
      uniqueCustomers: 4,
      tenantCompletions: 1,
      staffCompletions: 1,
    });
    expect(await getEventFigures({ ...period, areaId: north.id })).toEqual({
      eventsHeld: 1,
      eventsInPartnership: 1,
      namedAttendees: 3,
      unnamedAttendees: 5,
      uniqueCustomers: 3,
      tenantCompletions: 0,
      staffCompletions: 0,
    });
    expect(await getEventFigures({ from: "2026-03-31", to: "2026-03-31", now })).toMatchObject({
      eventsHeld: 1,
      namedAttendees: 1,
      unnamedAttendees: 9,
    });
  });
});
