import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { acknowledgeFeedback } from "@/lib/feedback/acknowledge-feedback";
import { agreeExtension } from "@/lib/feedback/agree-extension";
import { assignFeedback } from "@/lib/feedback/assign-feedback";
import { closeFeedback } from "@/lib/feedback/close-feedback";
import { complaintsCsv } from "@/lib/feedback/complaints-csv";
import { escalateComplaint } from "@/lib/feedback/escalate-complaint";
import {
  countOverdueFeedback,
  feedbackThemes,
  getFeedbackForCustomer,
  getFeedbackForStaff,
  listComplaintStages,
  listFeedbackForCustomer,
  listFeedbackQueue,
} from "@/lib/feedback/queries";
import { recordFeedback } from "@/lib/feedback/record-feedback";
import { replyToFeedback } from "@/lib/feedback/reply-to-feedback";
import { ZAnonymousFeedback, ZFeedbackStandards, ZOfficerFeedback } from "@/lib/feedback/schemas";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { updateStandards } from "@/lib/feedback/update-standards";
import { addLocalHoliday } from "@/lib/landlord/local-holidays";
import { holidayCalendar } from "@/lib/measures/bank-holidays";
import { complaintFigures } from "@/lib/measures/complaints";
import { parseComplaintsCsv } from "@/lib/measures/parse-complaints-csv";
import { createLandlord, createUser } from "@/tests/factories";
import { createCustomer } from "@/tests/factories/people";

// Instants at midday UK time on the named day.
const on = (day: string) => new Date(`${day}T12:00:00Z`);
const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

const complaint = {
  kind: "COMPLAINT",
  serviceArea: "REPAIRS",
  details: "The repair to my boiler was not finished.",
} as const;

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe("a complaint from submission to closing", () => {
  it("runs its clocks in working days, changes status once per step and audits officers' changes", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    // Thursday 21 May 2026; Monday 25 May is a bank holiday.
    const { id, reference } = await submitFeedback({ ...complaint, customerId: customer.id, now: on("2026-05-21") });
    expect(reference).toMatch(/^FB-\d{6}$/);
    let item = await db.feedback.findUniqueOrThrow({ where: { id } });
    expect([item.status, day(item.acknowledgeBy), day(item.answerBy)]).toEqual([
      "RECEIVED",
      "2026-05-29",
      "2026-06-05",
    ]);

    await acknowledgeFeedback({ actor: officer, feedbackId: id, now: on("2026-05-27") });
    item = await db.feedback.findUniqueOrThrow({ where: { id } });
    // England: the answer clock now runs from the acknowledgement, 10 working days.
    expect([item.status, day(item.answerBy)]).toEqual(["ACKNOWLEDGED", "2026-06-10"]);
    expect(
      (await refusal(acknowledgeFeedback({ actor: officer, feedbackId: id, now: on("2026-05-28") }))).message,
    ).toContain("already been acknowledged");

    await replyToFeedback({
      actor: officer,
      feedbackId: id,
      text: "We have booked an engineer for Monday.",
      final: false,
      now: on("2026-05-28"),
    });
    expect((await db.feedback.findUniqueOrThrow({ where: { id } })).status).toBe("ACKNOWLEDGED");
    await expect(closeFeedback({ actor: officer, feedbackId: id })).rejects.toThrow(
      "only answered feedback can be closed",
    );

    await replyToFeedback({
      actor: officer,
      feedbackId: id,
      text: "The boiler is fixed and we have refunded the heater costs.",
      final: true,
      now: on("2026-06-03"),
    });
    expect(
      (
        await refusal(
          replyToFeedback({
            actor: officer,
            feedbackId: id,
            text: "A second answer to the same stage.",
            final: true,
            now: on("2026-06-04"),
          }),
        )
      ).message,
    ).toContain("already been answered");
    await closeFeedback({ actor: officer, feedbackId: id });

    const stage = await db.feedbackStage.findUniqueOrThrow({
      where: { feedbackId_stage: { feedbackId: id, stage: 1 } },
    });
    expect([day(stage.receivedOn), day(stage.acknowledgedOn), day(stage.respondedOn)]).toEqual([
      "2026-05-21",
      "2026-05-27",
      "2026-06-03",
    ]);
    const tenantView = await getFeedbackForCustomer(id, customer.id);
    expect(tenantView?.status).toBe("CLOSED");
    expect(tenantView?.replies.map((reply) => reply.text)).toEqual([
      "We have booked an engineer for Monday.",
      "The boiler is fixed and we have refunded the heater costs.",
    ]);

    await escalateComplaint({ actor: officer, feedbackId: id, now: on("2026-06-15") });
    item = await db.feedback.findUniqueOrThrow({ where: { id } });
    expect([item.stage, item.status, day(item.acknowledgeBy), day(item.answerBy)]).toEqual([
      2,
      "RECEIVED",
      "2026-06-22",
      "2026-07-13",
    ]);
    expect(
      (await refusal(escalateComplaint({ actor: officer, feedbackId: id, now: on("2026-06-16") }))).message,
    ).toContain("Only a complaint answered at stage 1");

    const actions = (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map(
      (event) => event.action,
    );
    expect(actions).toEqual([
      "feedback.acknowledged",
      "feedback.replied",
      "feedback.answered",
      "feedback.closed",
      "feedback.escalated",
    ]);
  });

  it("lets the complainant ask for stage 2 of their own answered complaint only, keeping their reason", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    const other = await createCustomer();
    const tenant = await createUser({ role: "TENANT" });
    const { id } = await submitFeedback({ ...complaint, customerId: customer.id, now: on("2026-06-01") });
    const request = { customerId: customer.id, reason: "The boiler broke again the next day." };
    // Not answered yet: nothing to escalate.
    expect(
      (await refusal(escalateComplaint({ actor: tenant, feedbackId: id, request, now: on("2026-06-02") }))).message,
    ).toContain("Only a complaint answered at stage 1");
    await replyToFeedback({ actor: officer, feedbackId: id, text: "Fixed.", final: true, now: on("2026-06-03") });
    // Another customer's complaint reads as missing, and is left at stage 1.
    const stranger = { customerId: other.id, reason: "Not mine." };
    expect(
      (await refusal(escalateComplaint({ actor: tenant, feedbackId: id, request: stranger, now: on("2026-06-04") })))
        .code,
    ).toBe("not-found");
    expect((await db.feedback.findUniqueOrThrow({ where: { id } })).stage).toBe(1);

    await escalateComplaint({ actor: tenant, feedbackId: id, request, now: on("2026-06-04") });
    const stages = await db.feedbackStage.findMany({ where: { feedbackId: id }, orderBy: { stage: "asc" } });
    expect(stages.map((stage) => [stage.stage, day(stage.receivedOn), stage.requestReason])).toEqual([
      [1, "2026-06-01", null],
      [2, "2026-06-04", "The boiler broke again the next day."],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "feedback.escalated" } });
    expect(audit.details).toMatchObject({ askedBy: "complainant" });
  });

  it("keeps a tenant's photo checked by its bytes, and writes nothing when it is not an image", async () => {
    await createLandlord();
    const customer = await createCustomer();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const { id } = await submitFeedback({
      ...complaint,
      customerId: customer.id,
      photo: new File([png], "damp.png"),
      now: on("2026-06-01"),
    });
    expect(await db.feedback.findUniqueOrThrow({ where: { id } })).toMatchObject({ photoType: "image/png" });
    const refused = await refusal(
      submitFeedback({ ...complaint, customerId: customer.id, photo: new File(["<svg/>"], "x.png") }),
    );
    expect(refused.fieldErrors).toEqual({ photo: "The photo must be a JPEG or PNG image" });
    expect(await db.feedback.count()).toBe(1);
  });

  it("moves the answer date by an agreed extension, up to the regime's cap, and exports it", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    // Monday 15 June 2026, acknowledged the same day: answer by 29 June, or 13 July with 10 more working days.
    const { id } = await submitFeedback({ ...complaint, customerId: customer.id, now: on("2026-06-15") });
    await acknowledgeFeedback({ actor: officer, feedbackId: id, now: on("2026-06-15") });
    expect(day((await db.feedback.findUniqueOrThrow({ where: { id } })).answerBy)).toBe("2026-06-29");
    expect(
      (await refusal(agreeExtension({ actor: officer, feedbackId: id, extensionWorkingDays: 11 }))).fieldErrors,
    ).toEqual({
      extensionWorkingDays: "Enter 10 working days or fewer",
    });
    await agreeExtension({ actor: officer, feedbackId: id, extensionWorkingDays: 10 });
    expect(day((await db.feedback.findUniqueOrThrow({ where: { id } })).answerBy)).toBe("2026-07-13");
    expect(complaintsCsv(await listComplaintStages())).toMatch(/,2026-06-15,2026-06-15,,10\r\n$/);
    const compliment = await submitFeedback({
      kind: "COMPLIMENT",
      serviceArea: "RENT",
      details: "Very helpful rent officer.",
      customerId: customer.id,
    });
    expect(
      (await refusal(agreeExtension({ actor: officer, feedbackId: compliment.id, extensionWorkingDays: 2 }))).message,
    ).toBe("Only a complaint's timescale can be extended.");
  });

  it("treats an unknown id as not found", async () => {
    const officer = await createUser({ role: "OFFICER" });
    expect((await refusal(acknowledgeFeedback({ actor: officer, feedbackId: "nope" }))).code).toBe("not-found");
    expect((await refusal(closeFeedback({ actor: officer, feedbackId: "nope" }))).code).toBe("not-found");
  });

  it("lets only one of two officers acknowledging at once succeed", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    const { id } = await submitFeedback({ ...complaint, customerId: customer.id, now: on("2026-05-21") });
    const results = await Promise.allSettled([
      acknowledgeFeedback({ actor: officer, feedbackId: id, now: on("2026-05-22") }),
      acknowledgeFeedback({ actor: officer, feedbackId: id, now: on("2026-05-22") }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: "feedback.acknowledged" } })).toBe(1);
  });
});

describe("the clocks use the landlord's settings", () => {
  it("follow the service standard set by officers and skip local holidays", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    await updateStandards({
      actor: officer,
      standards: ZFeedbackStandards.parse({ acknowledgeDays: "4", answerDays: "10" }),
    });
    await addLocalHoliday({ actor: officer, date: new Date("2026-12-24T00:00:00Z"), name: "Christmas Eve" });
    const { id } = await submitFeedback({
      kind: "SUGGESTION",
      serviceArea: "ESTATE_SERVICES",
      details: "Please plant more trees by the flats.",
      customerId: customer.id,
      now: on("2026-12-18"),
    });
    const item = await db.feedback.findUniqueOrThrow({ where: { id } });
    expect([day(item.acknowledgeBy), day(item.answerBy)]).toEqual(["2026-12-29", "2027-01-07"]);
    expect(await db.auditEvent.count({ where: { action: "feedback.standards_updated" } })).toBe(1);
    expect(ZFeedbackStandards.safeParse({ acknowledgeDays: "12", answerDays: "10" }).error?.issues[0]?.message).toBe(
      "The answer target must not be shorter than the acknowledgement target",
    );
  });

  it("follows Scotland's frontline and investigation stages when the landlord is Scottish", async () => {
    await db.landlord.create({ data: { id: 1, name: "Test", regime: "SCOTLAND" } });
    const customer = await createCustomer();
    const { id } = await submitFeedback({ ...complaint, customerId: customer.id, now: on("2026-08-28") });
    const item = await db.feedback.findUniqueOrThrow({ where: { id } });
    expect([day(item.acknowledgeBy), day(item.answerBy)]).toEqual([null, "2026-09-04"]);
  });
});

describe("who sees what", () => {
  it("shows tenants only their own feedback", async () => {
    const [mine, theirs] = [await createCustomer(), await createCustomer()];
    const { id } = await submitFeedback({ ...complaint, customerId: mine.id });
    await submitFeedback({
      kind: "COMPLIMENT",
      serviceArea: "LETTINGS",
      details: "Thank you for the new home.",
      customerId: theirs.id,
    });
    expect(await getFeedbackForCustomer(id, theirs.id)).toBeNull();
    expect((await getFeedbackForCustomer(id, mine.id))?.details).toBe(complaint.details);
    expect((await listFeedbackForCustomer(theirs.id)).map((item) => item.kind)).toEqual(["COMPLIMENT"]);
  });
});

describe("feedback from someone not signed in", () => {
  it("needs a name and a way to reply, and stores them", async () => {
    const missing = ZAnonymousFeedback.safeParse({
      kind: "COMMENT",
      serviceArea: "RENT",
      details: "The rent letter was hard to read.",
    });
    expect(missing.success).toBe(false);
    expect(
      Object.fromEntries(missing.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? []),
    ).toEqual({
      contactName: "Enter your name",
      contactEmail: "Enter an email address or a phone number so we can reply",
    });
    expect(
      ZAnonymousFeedback.safeParse({
        kind: "GRUMBLE",
        serviceArea: "RENT",
        details: "x",
        contactName: "A",
        contactEmail: "not-an-email",
      }).error?.issues.map((i) => i.path[0]),
    ).toEqual(["kind", "details", "contactEmail"]);
    const input = ZAnonymousFeedback.parse({
      kind: "COMMENT",
      serviceArea: "RENT",
      details: "The rent letter was hard to read.",
      contactName: "Sam Lee",
      contactEmail: "sam@example.test",
      contactPhone: "",
    });
    const { contactName, contactEmail, contactPhone, ...about } = input;
    const { id } = await submitFeedback({ ...about, contact: { contactName, contactEmail, contactPhone } });
    expect(
      await db.feedback.findUniqueOrThrow({
        where: { id },
        select: { customerId: true, contactName: true, contactEmail: true, contactPhone: true, channel: true },
      }),
    ).toEqual({
      customerId: null,
      contactName: "Sam Lee",
      contactEmail: "sam@example.test",
      contactPhone: null,
      channel: "ONLINE",
    });
    // They cannot read the reply in the portal, so it goes to the address they gave.
    const officer = await createUser({ role: "OFFICER" });
    await replyToFeedback({
      actor: officer,
      feedbackId: id,
      text: "We will print the next letter in larger type.",
      final: true,
    });
    expect(await db.emailMessage.findMany({ select: { to: true, subject: true, text: true } })).toEqual([
      {
        to: "sam@example.test",
        subject: expect.stringMatching(/^Our reply to your feedback FB-\d{6}$/),
        text: "Hello Sam Lee,\n\nWe will print the next letter in larger type.",
      },
    ]);
  });

  it("is refused by the database without a way to reply", async () => {
    await expect(
      db.feedback.create({
        data: {
          kind: "COMMENT",
          serviceArea: "RENT",
          channel: "ONLINE",
          details: "No way to reply to this.",
          contactName: "Sam",
          answerBy: new Date(),
        },
      }),
    ).rejects.toThrow(/Feedback_contact_check/);
    expect(await db.feedback.count()).toBe(0);
  });
});

describe("feedback officers take by phone, letter or visit", () => {
  it("is dated the day it reached us, linked to the customer and audited", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    const input = ZOfficerFeedback.parse({
      ...complaint,
      channel: "LETTER",
      receivedOn: "2026-05-21",
      customerReference: customer.reference.toLowerCase(),
    });
    const { id } = await recordFeedback({ actor: officer, input, now: on("2026-05-26") });
    const item = await getFeedbackForStaff(id, "2026-06-08");
    expect([item?.customer?.id, item?.channel, day(item?.stages[0]?.receivedOn), item?.overdue]).toEqual([
      customer.id,
      "LETTER",
      "2026-05-21",
      "answer",
    ]);
    expect(await db.auditEvent.count({ where: { action: "feedback.recorded", entityId: id } })).toBe(1);
  });

  it("refuses an unknown customer, a future date, and contact details left out, storing nothing", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const unknown = ZOfficerFeedback.parse({
      ...complaint,
      channel: "PHONE",
      receivedOn: "2026-05-21",
      customerReference: "C99999",
    });
    expect(
      (await refusal(recordFeedback({ actor: officer, input: unknown, now: on("2026-05-22") }))).fieldErrors,
    ).toEqual({
      customerReference: "Enter a customer reference like C00001, or leave it blank",
    });
    const future = ZOfficerFeedback.parse({
      ...complaint,
      channel: "PHONE",
      receivedOn: "2026-05-23",
      contactName: "Jo",
      contactPhone: "01632 960001",
    });
    expect(
      (await refusal(recordFeedback({ actor: officer, input: future, now: on("2026-05-22") }))).fieldErrors,
    ).toEqual({ receivedOn: "Enter a date that is not in the future" });
    expect(
      ZOfficerFeedback.safeParse({ ...complaint, channel: "ONLINE", receivedOn: "2026-02-30" }).error?.issues.map(
        (issue) => issue.path[0],
      ),
    ).toEqual(["channel", "receivedOn", "contactName", "contactEmail"]);
    expect(await db.feedback.count()).toBe(0);
  });

  it("assigns only to staff", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const tenant = await createUser({ role: "TENANT" });
    const customer = await createCustomer();
    const { id } = await submitFeedback({ ...complaint, customerId: customer.id });
    expect(
      (await refusal(assignFeedback({ actor: officer, feedbackId: id, officerId: tenant.id }))).fieldErrors,
    ).toEqual({ officerId: "Choose an officer from the list" });
    await assignFeedback({ actor: officer, feedbackId: id, officerId: officer.id });
    expect((await db.feedback.findUniqueOrThrow({ where: { id } })).assignedToId).toBe(officer.id);
  });
});

describe("the officers' queue and the themes", () => {
  it("filters by overdue, kind and service, and counts themes by financial quarter in SQL", async () => {
    const customer = await createCustomer();
    const late = await submitFeedback({ ...complaint, customerId: customer.id, now: on("2026-05-21") });
    await submitFeedback({
      kind: "COMPLIMENT",
      serviceArea: "REPAIRS",
      details: "Lovely job on the kitchen.",
      customerId: customer.id,
      now: on("2026-06-10"),
    });
    await submitFeedback({
      kind: "SUGGESTION",
      serviceArea: "RENT",
      details: "Let us pay rent by app please.",
      customerId: customer.id,
      now: on("2026-07-01"),
    });
    expect((await listFeedbackQueue({ overdue: "yes" }, "2026-06-11")).map((item) => [item.id, item.overdue])).toEqual([
      [late.id, "answer"],
    ]);
    expect(await countOverdueFeedback("2026-06-11")).toBe(1);
    expect((await listFeedbackQueue({ kind: "COMPLIMENT" }, "2026-06-11")).map((item) => item.kind)).toEqual([
      "COMPLIMENT",
    ]);
    expect((await listFeedbackQueue({ serviceArea: "RENT" }, "2026-07-01")).map((item) => item.serviceArea)).toEqual([
      "RENT",
    ]);
    expect(await feedbackThemes("2026-04-01", "2027-03-31")).toEqual([
      { year: 2026, quarter: 1, serviceArea: "REPAIRS", kind: "COMPLIMENT", count: 1 },
      { year: 2026, quarter: 1, serviceArea: "REPAIRS", kind: "COMPLAINT", count: 1 },
      { year: 2026, quarter: 2, serviceArea: "RENT", kind: "SUGGESTION", count: 1 },
    ]);
  });
});

describe("complaints in the complaints file format", () => {
  it("parse with the complaints parser and count in the complaints figures", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    const first = await submitFeedback({ ...complaint, customerId: customer.id, now: on("2026-05-21") });
    await acknowledgeFeedback({ actor: officer, feedbackId: first.id, now: on("2026-05-22") });
    await replyToFeedback({
      actor: officer,
      feedbackId: first.id,
      text: "We have put this right now.",
      final: true,
      now: on("2026-06-01"),
    });
    await escalateComplaint({ actor: officer, feedbackId: first.id, now: on("2026-06-08") });
    const second = await submitFeedback({ ...complaint, customerId: customer.id, now: on("2026-06-02") });
    await submitFeedback({
      kind: "COMPLIMENT",
      serviceArea: "REPAIRS",
      details: "Not a complaint at all.",
      customerId: customer.id,
      now: on("2026-06-02"),
    });

    const csv = complaintsCsv(await listComplaintStages());
    const parsed = await parseComplaintsCsv(csv);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.map(({ line: _line, ...row }) => row)).toEqual([
      {
        reference: first.reference,
        stage: 1,
        receivedOn: "2026-05-21",
        acknowledgedOn: "2026-05-22",
        respondedOn: "2026-06-01",
        extensionWorkingDays: 0,
      },
      {
        reference: first.reference,
        stage: 2,
        receivedOn: "2026-06-08",
        acknowledgedOn: undefined,
        respondedOn: undefined,
        extensionWorkingDays: 0,
      },
      {
        reference: second.reference,
        stage: 1,
        receivedOn: "2026-06-02",
        acknowledgedOn: undefined,
        respondedOn: undefined,
        extensionWorkingDays: 0,
      },
    ]);
    const figures = complaintFigures(parsed.value, {
      regime: "england",
      from: "2026-04-01",
      to: "2027-03-31",
      calendar: holidayCalendar("england"),
    });
    expect([
      figures.stage1.received,
      figures.stage1.responded,
      figures.stage1.respondedWithinTimescale,
      figures.stage2.received,
    ]).toEqual([2, 1, 1, 1]);
  });
});
