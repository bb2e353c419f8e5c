import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportCustomerData } from "@/lib/people/export-customer-data";
import { getEvaluationResults } from "@/lib/reach/evaluation-results";
import { listActivitiesToEvaluate, submitEvaluation } from "@/lib/reach/evaluations";
import {
  addHouseholdMember,
  getHousehold,
  removeHouseholdMember,
  setHouseholdChildren,
} from "@/lib/reach/save-household";
import { getTrainingDemand, inviteRequesters, requestTraining } from "@/lib/reach/training-requests";
import { createLandlord, createUser } from "@/tests/factories";
import { createEvent } from "@/tests/factories/events";
import { createCustomer } from "@/tests/factories/people";

const columnsOf = async (table: string) =>
  (
    await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table}
      ORDER BY column_name`
  ).map((row) => row.column_name);

describe("households: no personal data of children", () => {
  it("keeps children only as counts: the table has no column that could hold a name, a birth date or contact", async () => {
    expect(await columnsOf("HouseholdChildren")).toEqual(["ageBand", "count", "customerId"]);
    expect(await columnsOf("EventAgeCount")).toEqual(["ageBand", "count", "eventId"]);
    // Named household members carry an age band, never a date of birth.
    expect((await columnsOf("HouseholdMember")).filter((column) => /birth|dob/i.test(column))).toEqual([]);
  });

  it("refuses, in the database, a named household member under 16 and a child row over 15", async () => {
    const tenant = await createCustomer();
    await expect(
      db.householdMember.create({
        data: { customerId: tenant.id, firstName: "Ella", ageBand: "AGE_11_TO_15", relationship: "SON_OR_DAUGHTER" },
      }),
    ).rejects.toThrow(/HouseholdMember_sixteen_or_over_check/);
    await expect(
      db.householdChildren.create({ data: { customerId: tenant.id, ageBand: "AGE_16_TO_24", count: 1 } }),
    ).rejects.toThrow(/HouseholdChildren_under_sixteen_check/);
    await expect(
      db.householdMember.create({
        data: {
          customerId: tenant.id,
          firstName: "Sam",
          ageBand: "AGE_16_TO_24",
          relationship: "SON_OR_DAUGHTER",
          email: "sam@example.test",
        },
      }),
    ).rejects.toThrow(/HouseholdMember_contact_consent_check/);
  });

  it("lets a tenant record those 16 and over by name and children by number, and only their own", async () => {
    const [tenant, neighbour] = [await createCustomer(), await createCustomer()];
    const now = new Date("2026-12-01T10:00:00Z");
    const sam = await addHouseholdMember({
      customerId: tenant.id,
      member: {
        firstName: "Sam",
        ageBand: "AGE_16_TO_24",
        relationship: "SON_OR_DAUGHTER",
        email: "sam@example.test",
        contactConsent: true,
      },
      now,
    });
    await setHouseholdChildren({ customerId: tenant.id, counts: { UNDER_5: 1, AGE_5_TO_10: 0, AGE_11_TO_15: 2 } });
    expect(await getHousehold(tenant.id)).toEqual({
      members: [
        {
          id: sam.id,
          firstName: "Sam",
          ageBand: "AGE_16_TO_24",
          relationship: "SON_OR_DAUGHTER",
          email: "sam@example.test",
          ownCustomerId: null,
        },
      ],
      children: { UNDER_5: 1, AGE_11_TO_15: 2 },
    });
    expect((await db.householdMember.findUniqueOrThrow({ where: { id: sam.id } })).contactConsentAt).toEqual(now);
    // What the tenant told us about their household is in their own download (subject access).
    expect(await exportCustomerData(tenant.id)).toMatchObject({
      householdMembers: [{ firstName: "Sam", ageBand: "AGE_16_TO_24", contactConsentAt: now }],
      householdChildren: expect.arrayContaining([{ ageBand: "UNDER_5", count: 1 }]),
    });
    await expect(removeHouseholdMember({ customerId: neighbour.id, memberId: sam.id })).rejects.toThrow(
      /could not find/,
    );
    await removeHouseholdMember({ customerId: tenant.id, memberId: sam.id });
    expect((await getHousehold(tenant.id)).members).toEqual([]);
  });
});

describe("evaluations of taking part", () => {
  const NOW = new Date("2026-12-01T10:00:00Z");

  const setUp = async (people: number) => {
    const event = await createEvent({ now: NOW, startsInHours: -48, kind: "GROUP_MEETING" });
    const customers = [];
    for (let i = 0; i < people; i += 1) {
      const customer = await createCustomer();
      await db.eventAttendance.create({
        data: { eventId: event.id, customerId: customer.id, walkIn: false, recordedAt: event.startsAt },
      });
      customers.push(customer);
    }
    return { event, customers };
  };

  it("cannot be traced to a person: nothing joins an answer to its receipt", async () => {
    const { event, customers } = await setUp(2);
    await submitEvaluation({
      customerId: customers[0]!.id,
      activity: { kind: "event", id: event.id },
      answers: { accessible: "NO", listenedTo: "PARTLY", whatWouldHelp: "A hearing loop" },
      now: NOW,
    });
    // The answer's columns: the activity and the answers, no customer, no time, and an id with no time in it.
    expect(await columnsOf("Evaluation")).toEqual([
      "accessible",
      "consultationId",
      "eventId",
      "id",
      "listenedTo",
      "whatWouldHelp",
    ]);
    expect(await columnsOf("EvaluationReceipt")).toEqual(["consultationId", "customerId", "eventId", "id"]);
    const [answer] = await db.evaluation.findMany();
    const [receipt] = await db.evaluationReceipt.findMany();
    expect(answer!.id).not.toEqual(receipt!.id);
    // Random (version 4) ids: neither carries the time it was made, so the two cannot be lined up by id.
    expect(answer!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
    expect(receipt!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
    // No foreign key or column of the answer names a customer or a receipt.
    const references = await db.$queryRaw<{ definition: string }[]>`
      SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = '"Evaluation"'::regclass`;
    expect(references.map((row) => row.definition).join(" ")).not.toMatch(/Customer|Receipt|User/);
  });

  it("lets each person answer once, only for what they took part in, and then stops asking", async () => {
    const { event, customers } = await setUp(1);
    const stranger = await createCustomer();
    const activity = { kind: "event" as const, id: event.id };
    expect(await listActivitiesToEvaluate(customers[0]!.id, NOW)).toEqual([
      { kind: "event", id: event.id, title: event.title },
    ]);
    await expect(submitEvaluation({ customerId: stranger.id, activity, answers: {}, now: NOW })).rejects.toThrow(
      /could not find/,
    );
    await submitEvaluation({ customerId: customers[0]!.id, activity, answers: { accessible: "YES" }, now: NOW });
    await expect(
      submitEvaluation({ customerId: customers[0]!.id, activity, answers: { accessible: "NO" }, now: NOW }),
    ).rejects.toThrow(/already told us/);
    expect(await db.evaluation.count()).toBe(1);
    expect(await listActivitiesToEvaluate(customers[0]!.id, NOW)).toEqual([]);
  });

  it("shows officers results per activity and per kind, holding back any with fewer than 5 answers", async () => {
    const { event, customers } = await setUp(5);
    const activity = { kind: "event" as const, id: event.id };
    for (const [index, customer] of customers.entries())
      await submitEvaluation({
        customerId: customer.id,
        activity,
        answers: {
          accessible: index < 3 ? "YES" : "NO",
          listenedTo: "YES",
          whatWouldHelp: index === 0 ? "Step-free access" : undefined,
        },
        now: NOW,
      });
    const small = await setUp(2);
    for (const customer of small.customers)
      await submitEvaluation({
        customerId: customer.id,
        activity: { kind: "event", id: small.event.id },
        answers: { accessible: "YES" },
        now: NOW,
      });
    const results = await getEvaluationResults();
    expect(results.kinds).toEqual([
      expect.objectContaining({ kind: "GROUP_MEETING", answered: 7, accessibleYes: 5, accessibleNo: 2, shown: true }),
    ]);
    const [first, second] = [event.id, small.event.id].map((id) =>
      results.activities.find((row) => row.activityId === id)!,
    );
    expect(first).toMatchObject({
      answered: 5,
      accessibleYes: 3,
      accessibleNo: 2,
      listenedYes: 5,
      shown: true,
      comments: ["Step-free access"],
    });
    expect(second).toMatchObject({ answered: 2, shown: false, comments: [] });
  });
});

describe("training people would like", () => {
  it("counts demand per course and invites those who asked once a session is scheduled", async () => {
    await createLandlord();
    const now = new Date("2026-12-01T10:00:00Z");
    const officer = await createUser({ role: "OFFICER" });
    const course = await db.trainingCourse.create({ data: { title: "Chairing meetings" } });
    const tenant = await db.customer.update({
      where: { id: (await createCustomer()).id },
      data: { email: "tenant@example.test" },
    });
    await requestTraining({ asker: { customerId: tenant.id }, wish: { courseId: course.id } });
    await requestTraining({ asker: { userId: officer.id }, wish: { courseId: course.id } });
    await requestTraining({ asker: { customerId: tenant.id }, wish: { ownWords: "Reading a budget" } });
    await expect(requestTraining({ asker: { customerId: tenant.id }, wish: { courseId: course.id } })).rejects.toThrow(
      /already asked/,
    );
    await expect(requestTraining({ asker: { customerId: tenant.id }, wish: { courseId: "nope" } })).rejects.toThrow(
      /from the list/,
    );
    await expect(inviteRequesters({ actor: officer, courseId: course.id, now })).rejects.toThrow(
      /no session coming up/,
    );

    await createEvent({ now, startsInHours: 24 * 14, kind: "TRAINING_SESSION", courseId: course.id });
    const demand = await getTrainingDemand(now);
    expect(demand.courses).toEqual([expect.objectContaining({ title: "Chairing meetings", asked: 2, waiting: 2 })]);
    expect(demand.ownWords.map((row) => row.ownWords)).toEqual(["Reading a budget"]);

    expect(await inviteRequesters({ actor: officer, courseId: course.id, now })).toEqual({ invited: 2 });
    expect(await inviteRequesters({ actor: officer, courseId: course.id, now })).toEqual({ invited: 0 });
    const emails = await db.emailMessage.findMany({ select: { to: true, subject: true } });
    expect(emails.map((email) => email.to).sort()).toEqual([officer.email, "tenant@example.test"].sort());
    expect(await db.auditEvent.count({ where: { action: "training.requesters-invited" } })).toBe(2);
  });
});
