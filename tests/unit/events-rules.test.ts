import { describe, expect, it } from "vitest";
import { toICalendar } from "@/lib/events/icalendar";
import {
  financialYear,
  parsePartners,
  periodBounds,
  placeFor,
  placesToFill,
  registrationWindowProblem,
} from "@/lib/events/rules";
import { ZEventInput, ZOwnRegistration } from "@/lib/events/schemas";
import { fromUkDateTime, toUkDateTime } from "@/lib/uk-time";

const at = (iso: string) => new Date(iso);

describe("the registration window", () => {
  const event = {
    startsAt: at("2026-12-01T18:00:00Z"),
    registrationOpensAt: at("2026-11-01T09:00:00Z"),
    registrationClosesAt: at("2026-11-30T17:00:00Z"),
  };

  it("refuses before it opens, saying when it opens", () => {
    expect(registrationWindowProblem(event, at("2026-10-31T09:00:00Z"))).toMatch(/opens on 1 Nov 2026, 09:00/);
  });

  it("is open from the opening time until the closing time", () => {
    expect(registrationWindowProblem(event, at("2026-11-01T09:00:00Z"))).toBeNull();
    expect(registrationWindowProblem(event, at("2026-11-30T16:59:59Z"))).toBeNull();
  });

  it("refuses from the closing time", () => {
    expect(registrationWindowProblem(event, at("2026-11-30T17:00:00Z"))).toBe(
      "Registration for this event has closed.",
    );
  });

  it("closes when the event starts if no closing time was set", () => {
    const open = { ...event, registrationOpensAt: null, registrationClosesAt: null };
    expect(registrationWindowProblem(open, at("2026-12-01T17:59:00Z"))).toBeNull();
    expect(registrationWindowProblem(open, at("2026-12-01T18:00:00Z"))).toMatch(/closed/);
  });
});

describe("places and the waiting list", () => {
  it("gives a place while there is room, then the waiting list", () => {
    expect(placeFor(2, 1)).toBe("REGISTERED");
    expect(placeFor(2, 2)).toBe("WAITING");
    expect(placeFor(null, 5000)).toBe("REGISTERED");
  });

  it("moves up only as many as there are free places", () => {
    expect(placesToFill(3, 2, 5)).toBe(1);
    expect(placesToFill(3, 3, 5)).toBe(0);
    expect(placesToFill(3, 4, 5)).toBe(0);
    expect(placesToFill(null, 10, 2)).toBe(2);
  });
});

describe("partners, periods and UK time", () => {
  it("reads partner organisations one per line or comma-separated, without blanks or repeats", () => {
    expect(parsePartners("Age UK\n\n Citizens Advice , Age UK")).toEqual(["Age UK", "Citizens Advice"]);
    expect(parsePartners("  ")).toEqual([]);
  });

  it("finds the financial year a date falls in", () => {
    expect(financialYear(at("2026-03-31T12:00:00Z"))).toEqual({ from: "2025-04-01", to: "2026-03-31" });
    expect(financialYear(at("2026-04-01T00:00:00Z"))).toEqual({ from: "2026-04-01", to: "2027-03-31" });
    // Half past midnight on 1 April in UK summer time is still 31 March in UTC.
    expect(financialYear(at("2026-03-31T23:30:00Z"))).toEqual({ from: "2026-04-01", to: "2027-03-31" });
  });

  it("counts whole UK days: the last day of a period included, summer time respected", () => {
    expect(periodBounds("2026-04-01", "2026-04-30")).toEqual({
      start: at("2026-03-31T23:00:00Z"),
      end: at("2026-04-30T23:00:00Z"),
    });
    expect(periodBounds("2026-01-01", "2026-03-31")).toEqual({
      start: at("2026-01-01T00:00:00Z"),
      end: at("2026-03-31T23:00:00Z"),
    });
  });

  it("reads form times as UK time, in winter and in summer", () => {
    expect(fromUkDateTime("2026-12-01T18:30")).toEqual(at("2026-12-01T18:30:00Z"));
    expect(fromUkDateTime("2026-07-01T18:30")).toEqual(at("2026-07-01T17:30:00Z"));
    expect(toUkDateTime(at("2026-07-01T17:30:00Z"))).toBe("2026-07-01T18:30");
    expect(fromUkDateTime("2026-02-30T10:00")).toBeNull();
    expect(fromUkDateTime("tomorrow")).toBeNull();
  });
});

describe("event and registration input", () => {
  const valid = {
    title: "Gala",
    kind: "GALA_DAY",
    format: "IN_PERSON",
    venue: "Park",
    startsAt: "2026-07-01T12:00",
    endsAt: "2026-07-01T16:00",
  };

  it("accepts a complete event and reads the partners", () => {
    const input = ZEventInput.parse({ ...valid, partners: "Age UK", capacity: "40" });
    expect(input).toMatchObject({ partners: ["Age UK"], capacity: 40, startsAt: at("2026-07-01T11:00:00Z") });
  });

  it("puts each problem beside its field", () => {
    const result = ZEventInput.safeParse({
      ...valid,
      venue: "",
      endsAt: "2026-07-01T11:00",
      kind: "TRAINING_SESSION",
      capacity: "0",
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["capacity", "endsAt", "venue", "courseId"]);
  });

  it("refuses registration that closes after the event starts", () => {
    const result = ZEventInput.safeParse({ ...valid, registrationClosesAt: "2026-07-01T13:00" });
    expect(result.error?.issues[0]?.path).toEqual(["registrationClosesAt"]);
  });

  it("turns the ticked support boxes into yes or no answers", () => {
    expect(ZOwnRegistration.parse({ eventId: "e1", support: "needsTransport", dietaryNeeds: "" })).toEqual({
      eventId: "e1",
      needsTransport: true,
      needsHearingLoop: false,
      interpreterLanguage: undefined,
      dietaryNeeds: undefined,
    });
  });
});

describe("the iCalendar feed", () => {
  it("escapes text, uses UTC times and CRLF, and folds long lines at 75 octets", () => {
    const ics = toICalendar(
      [
        {
          id: "e1",
          title: "Tea, cake; and a chat",
          description: `Line one\nLine two ${"é".repeat(60)}`,
          venue: null,
          startsAt: at("2026-12-01T18:30:00Z"),
          endsAt: at("2026-12-01T20:00:00Z"),
          updatedAt: at("2026-11-01T09:00:00Z"),
        },
      ],
      {
        name: "Events",
        now: at("2026-11-20T10:00:00Z"),
        domain: "involve.example",
        eventUrl: (id) => `https://involve.example/events/${id}`,
      },
    );
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("SUMMARY:Tea\\, cake\\; and a chat\r\n");
    expect(ics).toContain("DTSTART:20261201T183000Z\r\nDTEND:20261201T200000Z\r\n");
    expect(ics).toContain("UID:e1@involve.example\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, "")).toContain(`DESCRIPTION:Line one\\nLine two ${"é".repeat(60)}\r\n`);
  });
});
