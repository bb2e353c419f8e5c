import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/queries";
import {
  listClosedPublicConsultations,
  listConsultationsForStaff,
  listLivePublicConsultations,
  listPublishedOutcomes,
} from "@/lib/consultations/queries";
import { db } from "@/lib/db";
import { listNextEvents, listStaffEvents, listUpcomingEvents } from "@/lib/events/queries";
import { listOutbox } from "@/lib/mail/queries";
import { PAGE_SIZE } from "@/lib/paging";
import { createConsultation } from "@/tests/factories/consultations";
import { createArea, createCustomer } from "@/tests/factories/people";

const NOW = new Date("2027-03-01T12:00:00Z");
const HOUR = 3_600_000;

/** `count` events an hour apart from `firstStartsInHours` after NOW, titled by their order. */
const addEvents = (count: number, firstStartsInHours: number, extra: { areaId?: string; title?: string } = {}) =>
  db.event.createMany({
    data: Array.from({ length: count }, (_, i) => {
      const startsAt = new Date(NOW.getTime() + (firstStartsInHours + i) * HOUR);
      return {
        title: `${extra.title ?? "Event"} ${String(i).padStart(2, "0")}`,
        kind: "DROP_IN" as const,
        format: "IN_PERSON" as const,
        startsAt,
        endsAt: new Date(startsAt.getTime() + HOUR),
        areaId: extra.areaId,
      };
    }),
  });

const titles = (rows: { title: string }[]) => rows.map((row) => row.title);

describe("the public calendar, a page at a time", () => {
  it("holds on page 2 the events after page 1, soonest first, and counts them all", async () => {
    await addEvents(PAGE_SIZE + 3, 1);
    await addEvents(2, -48); // long over: never listed
    const first = await listUpcomingEvents({}, NOW, 1);
    const second = await listUpcomingEvents({}, NOW, 2);
    expect(first).toMatchObject({ total: PAGE_SIZE + 3, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(titles(first.rows)[0]).toBe("Event 00");
    expect(titles(second.rows)).toEqual(["Event 25", "Event 26", "Event 27"]);
    expect(second).toMatchObject({ total: PAGE_SIZE + 3, page: 2, pages: 2 });
  });

  it("pages within the area and kind chosen", async () => {
    const riverside = await createArea("Riverside");
    await addEvents(PAGE_SIZE + 1, 1, { areaId: riverside.id, title: "Riverside" });
    await addEvents(5, 1, { title: "Elsewhere" });
    const second = await listUpcomingEvents({ area: riverside.id, kind: "DROP_IN" }, NOW, 2);
    expect(second).toMatchObject({ total: PAGE_SIZE + 1, pages: 2 });
    expect(titles(second.rows)).toEqual(["Riverside 25"]);
    expect((await listUpcomingEvents({ area: riverside.id, kind: "GALA_DAY" }, NOW, 1)).total).toBe(0);
  });

  it("shows the last page for a page past the end, and an empty first page when nothing is planned", async () => {
    await addEvents(PAGE_SIZE + 2, 1);
    const late = await listUpcomingEvents({}, NOW, 999);
    expect(late).toMatchObject({ page: 2, pages: 2 });
    expect(titles(late.rows)).toEqual(["Event 25", "Event 26"]);
    await db.event.deleteMany();
    expect(await listUpcomingEvents({}, NOW, 3)).toEqual({ rows: [], total: 0, page: 1, pages: 1 });
  });

  it("gives the tenant's home just the next few", async () => {
    await addEvents(8, 1);
    expect(titles(await listNextEvents(NOW, 5))).toEqual(["Event 00", "Event 01", "Event 02", "Event 03", "Event 04"]);
  });
});

describe("officers' lists, a page at a time", () => {
  it("lists every event, latest first, with ties at the same time kept in one order across pages", async () => {
    await addEvents(PAGE_SIZE - 1, -1000, { title: "Past" });
    // Three starting at the same moment, straddling the page break.
    const startsAt = new Date(NOW.getTime() - 2000 * HOUR);
    await db.event.createMany({
      data: ["Tie a", "Tie b", "Tie c"].map((title) => ({
        title,
        kind: "GALA_DAY" as const,
        format: "ONLINE" as const,
        startsAt,
        endsAt: startsAt,
      })),
    });
    const first = await listStaffEvents(1);
    const second = await listStaffEvents(2);
    expect(first).toMatchObject({ total: PAGE_SIZE + 2, pages: 2 });
    expect(titles(first.rows)[0]).toBe(`Past ${String(PAGE_SIZE - 2).padStart(2, "0")}`);
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((row) => row.id)).size).toBe(PAGE_SIZE + 2);
    expect(titles(all).slice(-3).sort()).toEqual(["Tie a", "Tie b", "Tie c"]);
  });

  it("lists consultations newest first, the rest on page 2, with their status worked out", async () => {
    await db.consultation.createMany({
      data: Array.from({ length: PAGE_SIZE + 2 }, (_, i) => ({
        title: `Consultation ${String(i).padStart(2, "0")}`,
        summary: "About the garden",
        status: "DRAFT" as const,
        opensAt: NOW,
        closesAt: new Date(NOW.getTime() + 24 * HOUR),
        createdAt: new Date(NOW.getTime() - i * HOUR),
      })),
    });
    const first = await listConsultationsForStaff(NOW, 1);
    const second = await listConsultationsForStaff(NOW, 2);
    expect(first).toMatchObject({ total: PAGE_SIZE + 2, page: 1, pages: 2 });
    expect(titles(first.consultations)[0]).toBe("Consultation 00");
    expect(titles(second.consultations)).toEqual(["Consultation 25", "Consultation 26"]);
    expect(second.consultations[0]).toMatchObject({ effectiveStatus: "DRAFT", overdue: false });
    expect((await listConsultationsForStaff(NOW, 50)).page).toBe(2);
  });
});

describe("places taken on a page of events", () => {
  it("counts each listed event's standing registrations and attendances only", async () => {
    await addEvents(2, 1);
    const [busy, empty] = await db.event.findMany({ orderBy: { startsAt: "asc" }, select: { id: true } });
    const [a, b, c] = [await createCustomer(), await createCustomer(), await createCustomer()];
    await db.eventRegistration.createMany({
      data: [
        { eventId: busy!.id, customerId: a.id, status: "REGISTERED", registeredAt: NOW },
        { eventId: busy!.id, customerId: b.id, status: "REGISTERED", registeredAt: NOW },
        { eventId: busy!.id, customerId: c.id, status: "WAITING", registeredAt: NOW },
      ],
    });
    await db.eventAttendance.create({ data: { eventId: busy!.id, customerId: a.id, walkIn: false, recordedAt: NOW } });
    const counts = (rows: { id: string; _count: object }[]) => rows.map((row) => [row.id, row._count]);
    expect(counts((await listUpcomingEvents({}, NOW, 1)).rows)).toEqual([
      [busy!.id, { registrations: 2 }],
      [empty!.id, { registrations: 0 }],
    ]);
    expect(counts((await listStaffEvents(1)).rows)).toEqual([
      [empty!.id, { registrations: 0, attendances: 0 }],
      [busy!.id, { registrations: 2, attendances: 1 }],
    ]);
  });
});

describe("response counts on a page of consultations", () => {
  it("counts each listed consultation's own responses, and none for one without", async () => {
    const answered = await createConsultation();
    const quiet = await createConsultation();
    const now = new Date();
    await db.consultationResponse.createMany({
      data: ["PAPER", "PHONE", "ONLINE"].map((channel) => ({
        consultationId: answered.consultation.id,
        channel: channel as "PAPER" | "PHONE" | "ONLINE",
        submittedAt: now,
        updatedAt: now,
      })),
    });
    const { consultations } = await listConsultationsForStaff(now, 1);
    const count = (id: string) => consultations.find((row) => row.id === id)?._count.responses;
    expect(count(answered.consultation.id)).toBe(3);
    expect(count(quiet.consultation.id)).toBe(0);

    await db.consultation.updateMany({
      where: { id: { in: [answered.consultation.id, quiet.consultation.id] } },
      data: {
        status: "OUTCOME_PUBLISHED",
        outcomePublishedAt: now,
        youSaid: "More seats.",
        outcome: "We added seats.",
      },
    });
    const outcomes = (await listPublishedOutcomes()).rows;
    expect(outcomes.map((row) => [row.id, row._count.responses])).toEqual(
      expect.arrayContaining([
        [answered.consultation.id, 3],
        [quiet.consultation.id, 0],
      ]),
    );
  });
});

describe("lists that already paged, now through the shared pager", () => {
  it("gives the last page of the outbox and the audit log for a page past the end", async () => {
    await db.emailMessage.createMany({
      data: Array.from({ length: PAGE_SIZE + 1 }, (_, i) => ({
        to: `person${i}@example.org`,
        subject: `Email ${i}`,
        text: "Hello",
        html: "<p>Hello</p>",
        createdAt: new Date(NOW.getTime() + i * HOUR),
      })),
    });
    const outbox = await listOutbox({ page: 9 });
    expect(outbox).toMatchObject({ total: PAGE_SIZE + 1, page: 2, pages: 2 });
    expect(outbox.messages.map((m) => m.subject)).toEqual(["Email 0"]);
    expect((await listOutbox({ search: "person1", page: 1 })).total).toBe(11);

    const audit = await listAuditEvents({ page: 5 });
    expect(audit).toMatchObject({ events: [], total: 0, page: 1, pages: 1 });
  });
});

describe("searching the outbox", () => {
  it("matches the text as the outbox shows it, so a hidden reset token cannot be guessed a letter at a time", async () => {
    await db.emailMessage.create({
      data: {
        to: "tenant@example.org",
        subject: "Reset your password",
        text: "Choose a new password: https://involve.example/reset-password/Qx7_secretToken-42 (50% done)",
        html: null,
      },
    });
    const found = async (search: string) => (await listOutbox({ search, page: 1 })).total;
    expect(await found("reset-password/Q")).toBe(0);
    expect(await found("secretToken")).toBe(0);
    expect(await found("reset-password/[hidden: only the recipient")).toBe(1);
    expect(await found("TENANT@example")).toBe(1);
    expect(await found("your password")).toBe(1);
    // The person's own % and _ are letters to find, not wildcards.
    expect(await found("50% done")).toBe(1);
    expect(await found("5_%")).toBe(0);
  });
});

describe("the public consultation lists, a page at a time", () => {
  it("keeps the hub to open and coming consultations and the latest closed, the rest a page away", async () => {
    const day = 24 * HOUR;
    await db.consultation.createMany({
      data: [
        ...Array.from({ length: PAGE_SIZE + 1 }, (_, i) => ({
          title: `Closed ${String(i).padStart(2, "0")}`,
          summary: "About the garden",
          status: "CLOSED" as const,
          opensAt: new Date(NOW.getTime() - (60 + i) * day),
          closesAt: new Date(NOW.getTime() - (10 + i) * day),
        })),
        // Still marked open, but its closing time has passed: closed, as the rules say, and the most recent.
        { title: "Overran", summary: "x", status: "OPEN", opensAt: new Date(NOW.getTime() - 30 * day), closesAt: NOW },
        { title: "Open", summary: "x", status: "OPEN", opensAt: NOW, closesAt: new Date(NOW.getTime() + day) },
        {
          title: "Soon",
          summary: "x",
          status: "SCHEDULED",
          opensAt: new Date(NOW.getTime() + day),
          closesAt: new Date(NOW.getTime() + 9 * day),
        },
        { title: "Draft", summary: "x", status: "DRAFT", opensAt: NOW, closesAt: new Date(NOW.getTime() + day) },
      ],
    });
    const live = await listLivePublicConsultations(NOW);
    expect(live.map((c) => [c.title, c.effectiveStatus])).toEqual([
      ["Soon", "SCHEDULED"],
      ["Open", "OPEN"],
    ]);
    const first = await listClosedPublicConsultations(NOW, 1);
    expect(first).toMatchObject({ total: PAGE_SIZE + 2, page: 1, pages: 2 });
    expect(first.consultations[0]).toMatchObject({ title: "Overran", effectiveStatus: "CLOSED" });
    const second = await listClosedPublicConsultations(NOW, 2);
    expect(titles(second.consultations)).toEqual([`Closed ${PAGE_SIZE - 1}`, `Closed ${PAGE_SIZE}`]);
  });

  it("pages You said, We did, the most recently published first", async () => {
    await db.consultation.createMany({
      data: Array.from({ length: PAGE_SIZE + 1 }, (_, i) => ({
        title: `Outcome ${String(i).padStart(2, "0")}`,
        summary: "About the garden",
        status: "OUTCOME_PUBLISHED" as const,
        opensAt: new Date(NOW.getTime() - 90 * 24 * HOUR),
        closesAt: new Date(NOW.getTime() - 60 * 24 * HOUR),
        youSaid: "More benches",
        outcome: "We added benches",
        outcomePublishedAt: new Date(NOW.getTime() - i * HOUR),
      })),
    });
    const first = await listPublishedOutcomes();
    expect(first).toMatchObject({ total: PAGE_SIZE + 1, pages: 2 });
    expect(titles(first.rows)[0]).toBe("Outcome 00");
    expect(titles((await listPublishedOutcomes(2)).rows)).toEqual([`Outcome ${PAGE_SIZE}`]);
  });
});
