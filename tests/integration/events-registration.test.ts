import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelRegistration } from "@/lib/events/cancel-registration";
import { registerForEvent } from "@/lib/events/register-for-event";
import { createUser } from "@/tests/factories";
import { createCustomers, createEvent, NO_NEEDS } from "@/tests/factories/events";
import { createCustomer } from "@/tests/factories/people";

const tenant = { id: "tenant-user", role: "TENANT" as const };
const now = new Date("2026-11-20T10:00:00Z");

const register = (eventId: string, customerId: string, at = now) =>
  registerForEvent({ actor: tenant, eventId, customer: { id: customerId }, needs: NO_NEEDS, now: at });

const statuses = async (eventId: string) =>
  Object.fromEntries(
    (await db.eventRegistration.findMany({ where: { eventId }, select: { customerId: true, status: true } })).map(
      (r) => [r.customerId, r.status],
    ),
  );

describe("registering for an event", () => {
  it("gives a place with the support asked for, then the waiting list once full", async () => {
    const event = await createEvent({ now, capacity: 1 });
    const [first, second] = [await createCustomer(), await createCustomer()];
    await registerForEvent({
      actor: tenant,
      eventId: event.id,
      customer: { id: first.id },
      needs: {
        needsTransport: true,
        needsHearingLoop: false,
        interpreterLanguage: "Polish",
        dietaryNeeds: "Vegetarian",
      },
      now,
    });
    expect(await register(event.id, second.id)).toMatchObject({ status: "WAITING" });
    expect(await statuses(event.id)).toEqual({ [first.id]: "REGISTERED", [second.id]: "WAITING" });
    expect(await db.eventRegistration.findFirst({ where: { customerId: first.id } })).toMatchObject({
      needsTransport: true,
      interpreterLanguage: "Polish",
      dietaryNeeds: "Vegetarian",
    });
  });

  it("refuses a second registration and stores nothing more", async () => {
    const event = await createEvent({ now });
    const customer = await createCustomer();
    await register(event.id, customer.id);
    await expect(register(event.id, customer.id)).rejects.toThrow("already registered");
    expect(await db.eventRegistration.count()).toBe(1);
  });

  it("refuses before registration opens and after it closes, storing nothing", async () => {
    const customer = await createCustomer();
    const notYet = await createEvent({ now, registrationOpensAt: new Date("2026-11-25T09:00:00Z") });
    await expect(register(notYet.id, customer.id)).rejects.toThrow("opens on 25 Nov 2026");
    const closed = await createEvent({ now, registrationClosesAt: new Date("2026-11-19T09:00:00Z") });
    await expect(register(closed.id, customer.id)).rejects.toThrow("has closed");
    const started = await createEvent({ now, startsInHours: -1 });
    await expect(register(started.id, customer.id)).rejects.toThrow("has closed");
    expect(await db.eventRegistration.count()).toBe(0);
  });

  it("lets an officer register a customer by reference with the support on their record, audited", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const event = await createEvent({ now });
    const customer = await createCustomer();
    await db.supportNeed.createMany({
      data: [
        { customerId: customer.id, kind: "HEARING_LOOP" },
        { customerId: customer.id, kind: "BSL" },
      ],
    });
    await registerForEvent({
      actor: officer,
      eventId: event.id,
      customer: { reference: customer.reference.toLowerCase() },
      needs: NO_NEEDS,
      now,
    });
    expect(await statuses(event.id)).toEqual({ [customer.id]: "REGISTERED" });
    expect(await db.eventRegistration.findFirst()).toMatchObject({
      needsHearingLoop: true,
      needsTransport: false,
      interpreterLanguage: "British Sign Language",
    });
    expect(await db.auditEvent.findFirst()).toMatchObject({
      actorId: officer.id,
      action: "event.registration.created_for_customer",
    });
    await expect(
      registerForEvent({ actor: officer, eventId: event.id, customer: { reference: "NOPE" }, needs: NO_NEEDS, now }),
    ).rejects.toMatchObject({ fieldErrors: { reference: expect.any(String) } });
  });

  it("never gives the last place to two people registering at the same moment", async () => {
    const event = await createEvent({ now, capacity: 3 });
    const customers = await createCustomers(8);
    const results = await Promise.all(customers.map((c) => register(event.id, c.id)));
    expect(results.filter((r) => r.status === "REGISTERED")).toHaveLength(3);
    expect(await db.eventRegistration.count({ where: { eventId: event.id, status: "REGISTERED" } })).toBe(3);
    expect(await db.eventRegistration.count({ where: { eventId: event.id, status: "WAITING" } })).toBe(5);
  });

  it("refuses one of two identical registrations sent at the same moment", async () => {
    const event = await createEvent({ now });
    const customer = await createCustomer();
    const results = await Promise.allSettled([register(event.id, customer.id), register(event.id, customer.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.eventRegistration.count()).toBe(1);
  });
});

describe("cancelling a registration", () => {
  it("gives the freed place to the first person on the waiting list", async () => {
    const event = await createEvent({ now, capacity: 1 });
    const [first, second, third] = [await createCustomer(), await createCustomer(), await createCustomer()];
    const place = await register(event.id, first.id);
    await register(event.id, second.id, new Date(now.getTime() + 1000));
    await register(event.id, third.id, new Date(now.getTime() + 2000));
    const result = await cancelRegistration({ actor: tenant, registrationId: place.id, customerId: first.id });
    expect(result.promoted).toEqual([second.id]);
    expect(await statuses(event.id)).toEqual({ [second.id]: "REGISTERED", [third.id]: "WAITING" });
  });

  it("treats another customer's registration as not found, and leaves it alone", async () => {
    const event = await createEvent({ now });
    const [mine, theirs] = [await createCustomer(), await createCustomer()];
    const registration = await register(event.id, theirs.id);
    await expect(
      cancelRegistration({ actor: tenant, registrationId: registration.id, customerId: mine.id }),
    ).rejects.toMatchObject({
      code: "not-found",
    });
    expect(await db.eventRegistration.count()).toBe(1);
  });

  it("moves nobody up when a waiting-list place is given up", async () => {
    const event = await createEvent({ now, capacity: 1 });
    const [first, second, third] = [await createCustomer(), await createCustomer(), await createCustomer()];
    await register(event.id, first.id);
    const waiting = await register(event.id, second.id);
    await register(event.id, third.id);
    await cancelRegistration({ actor: tenant, registrationId: waiting.id, customerId: second.id });
    expect(await statuses(event.id)).toEqual({ [first.id]: "REGISTERED", [third.id]: "WAITING" });
  });
});
