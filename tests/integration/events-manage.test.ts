import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addWalkIn } from "@/lib/events/add-walk-in";
import { createCourse } from "@/lib/events/create-course";
import { createEvent } from "@/lib/events/create-event";
import { listCourses } from "@/lib/events/queries";
import { recordCompletion } from "@/lib/events/record-completion";
import { registerForEvent } from "@/lib/events/register-for-event";
import { ZCourseInput, ZEventInput } from "@/lib/events/schemas";
import { sendDueReminders } from "@/lib/events/send-due-reminders";
import { sendReminders } from "@/lib/events/send-reminders";
import { updateEvent } from "@/lib/events/update-event";
import { createUser } from "@/tests/factories";
import { createEvent as createEventRow, NO_NEEDS } from "@/tests/factories/events";
import { createCustomer } from "@/tests/factories/people";
import { ensureQueues } from "@/lib/jobs/queues";
import { sendQueuedNoticeEmails } from "./notice-emails";

const RAW_INPUT = {
  title: "Riverside drop-in",
  kind: "DROP_IN",
  format: "IN_PERSON",
  venue: "Riverside library",
  startsAt: "2026-12-01T10:00",
  endsAt: "2026-12-01T12:00",
};

const input = (overrides: Record<string, string> = {}) => ZEventInput.parse({ ...RAW_INPUT, ...overrides });

describe("officers adding and changing events", () => {
  it("adds an event in its area with partners, audited", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const area = await db.area.create({ data: { name: "Riverside" } });
    const { id } = await createEvent({
      actor: officer,
      input: input({ areaId: area.id, partners: "Age UK\nCitizens Advice", capacity: "20" }),
    });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({
      areaId: area.id,
      partners: ["Age UK", "Citizens Advice"],
      capacity: 20,
      startsAt: new Date("2026-12-01T10:00:00Z"),
    });
    expect(await db.auditEvent.findFirst()).toMatchObject({
      actorId: officer.id,
      action: "event.created",
      entityId: id,
    });
  });

  it("keeps an online event's joining link, https only, and the database refuses any other", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const link = "https://meet.example.test/northvale-panel";
    const { id } = await createEvent({
      actor: officer,
      input: input({ format: "ONLINE", venue: "", joiningLink: link }),
    });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).joiningLink).toBe(link);
    const refused = (overrides: Record<string, string>) => {
      const result = ZEventInput.safeParse({ ...RAW_INPUT, ...overrides });
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(refused({ format: "ONLINE", joiningLink: "javascript:alert(1)" })).toEqual([
      "Enter the joining link as a web address starting https://",
    ]);
    expect(refused({ joiningLink: link })).toEqual(["Only an online event, or one that is both, has a joining link"]);
    await expect(
      db.event.update({ where: { id }, data: { joiningLink: "http://meet.example.test/x" } }),
    ).rejects.toThrow(/Event_joiningLink_https/);
  });

  it("refuses an area, group or course that does not exist, beside the field", async () => {
    const officer = await createUser({ role: "OFFICER" });
    await expect(
      createEvent({ actor: officer, input: input({ areaId: "gone", groupId: "gone" }) }),
    ).rejects.toMatchObject({
      fieldErrors: { areaId: "Choose an area from the list", groupId: "Choose a group from the list" },
    });
    expect(await db.event.count()).toBe(0);
  });

  it("moves people up from the waiting list when places are added", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const now = new Date("2026-11-20T10:00:00Z");
    const event = await createEventRow({
      now,
      capacity: 1,
      startsAt: new Date("2026-12-01T10:00:00Z"),
      endsAt: new Date("2026-12-01T12:00:00Z"),
    });
    const customers = [await createCustomer(), await createCustomer(), await createCustomer()];
    for (const [i, c] of customers.entries()) {
      await registerForEvent({
        actor: officer,
        eventId: event.id,
        customer: { id: c.id },
        needs: NO_NEEDS,
        now: new Date(now.getTime() + i),
      });
    }
    await updateEvent({ actor: officer, eventId: event.id, input: input({ capacity: "2" }) });
    expect(await db.eventRegistration.count({ where: { status: "REGISTERED" } })).toBe(2);
    expect((await db.eventRegistration.findFirstOrThrow({ where: { status: "WAITING" } })).customerId).toBe(
      customers[2]?.id,
    );
  });

  it("treats an unknown event as not found", async () => {
    const officer = await createUser({ role: "OFFICER" });
    await expect(updateEvent({ actor: officer, eventId: "missing", input: input() })).rejects.toMatchObject({
      code: "not-found",
    });
  });
});

const REMINDERS = { subject: { startsWith: "Reminder:" } };

describe("sending reminders", () => {
  it("emails only people with a place who agreed to email, and records that reminders went out", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const now = new Date("2026-11-20T10:00:00Z");
    const event = await createEventRow({ now, capacity: 2, title: "Gala day" });
    const [agreed, notAgreed, waiting] = [await createCustomer(), await createCustomer(), await createCustomer()];
    for (const c of [agreed, notAgreed, waiting]) {
      await db.customer.update({ where: { id: c.id }, data: { email: `${c.reference}@example.test` } });
    }
    await db.contactConsent.createMany({
      data: [agreed, waiting].map((c) => ({ customerId: c.id, channel: "EMAIL" as const, consentedAt: now })),
    });
    for (const c of [agreed, notAgreed, waiting]) {
      await registerForEvent({ actor: officer, eventId: event.id, customer: { id: c.id }, needs: NO_NEEDS, now });
    }
    expect(await sendReminders({ actor: officer, eventId: event.id, now })).toEqual({ sent: 1 });
    await sendQueuedNoticeEmails();
    // Registering also confirmed the places by email; only the reminders are counted here.
    const emails = await db.emailMessage.findMany({ where: REMINDERS });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: `${agreed.reference}@example.test`, subject: "Reminder: Gala day" });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).remindersSentAt).toEqual(now);
    expect(await db.auditEvent.findFirst({ where: { action: "event.reminders.sent" } })).toMatchObject({
      actorId: officer.id,
    });
  });

  it("reminds people automatically two days ahead, once, unless an officer already has", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const now = new Date("2026-11-20T10:00:00Z");
    const soon = await createEventRow({ now, startsInHours: 40, title: "Estate walkabout" });
    const later = await createEventRow({ now, startsInHours: 60, title: "Gala day" });
    const customer = await createCustomer();
    await db.customer.update({ where: { id: customer.id }, data: { email: "walker@example.test" } });
    await db.contactConsent.create({ data: { customerId: customer.id, channel: "EMAIL", consentedAt: now } });
    for (const event of [soon, later]) {
      await registerForEvent({
        actor: officer,
        eventId: event.id,
        customer: { id: customer.id },
        needs: NO_NEEDS,
        now,
      });
    }
    await ensureQueues(); // as the worker does before it runs a recurring job
    const [first, second] = await Promise.all([sendDueReminders(now), sendDueReminders(now)]);
    expect(first.sent + second.sent).toBe(1);
    await sendQueuedNoticeEmails();
    expect(await db.emailMessage.findMany({ where: REMINDERS, select: { to: true, subject: true } })).toEqual([
      { to: "walker@example.test", subject: "Reminder: Estate walkabout" },
    ]);
    await sendReminders({ actor: officer, eventId: later.id, now });
    expect(await sendDueReminders(new Date(now.getTime() + 24 * 3_600_000))).toEqual({ events: 0, sent: 0 });
    await sendQueuedNoticeEmails();
    expect(await db.emailMessage.count({ where: REMINDERS })).toBe(2);
  });

  it("refuses once the event has started", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const now = new Date("2026-11-20T10:00:00Z");
    const event = await createEventRow({ now, startsInHours: -1 });
    await expect(sendReminders({ actor: officer, eventId: event.id, now })).rejects.toThrow("already started");
    expect(await db.emailMessage.count()).toBe(0);
  });
});

describe("training courses", () => {
  it("adds a course once, audited, and counts completions by tenants and by staff", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { id } = await createCourse({
      actor: officer,
      input: ZCourseInput.parse({ title: "Board member induction", description: "" }),
    });
    await expect(
      createCourse({ actor: officer, input: ZCourseInput.parse({ title: "Board member induction" }) }),
    ).rejects.toMatchObject({
      fieldErrors: { title: "Choose a name no other course has" },
    });
    // A session that has happened: attendance is recorded from the event's day.
    const lastWeek = new Date(Date.now() - 7 * 86_400_000);
    const session = await createEventRow({ kind: "TRAINING_SESSION", courseId: id, now: lastWeek });
    const customer = await createCustomer();
    await addWalkIn({ actor: officer, eventId: session.id, reference: customer.reference });
    await recordCompletion({ actor: officer, eventId: session.id, person: { customerId: customer.id } });
    expect(await listCourses()).toMatchObject([
      { title: "Board member induction", _count: { sessions: 1 }, tenantCompletions: 1, staffCompletions: 0 },
    ]);
    expect(await db.auditEvent.findFirst({ where: { action: "training.course.created" } })).toMatchObject({
      actorId: officer.id,
      entityId: id,
    });
  });
});
