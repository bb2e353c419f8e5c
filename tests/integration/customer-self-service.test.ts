import { describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { db } from "@/lib/db";
import { anonymiseCustomer } from "@/lib/people/anonymise-customer";
import { getEqualitySummary } from "@/lib/people/equality-queries";
import { customerDataCsv, exportCustomerData } from "@/lib/people/export-customer-data";
import { acceptInvitation, inviteCustomer } from "@/lib/people/invite-customer";
import { registerTenant } from "@/lib/people/register-tenant";
import { requestDeletion } from "@/lib/people/request-deletion";
import { saveEqualityAnswers } from "@/lib/people/save-equality-answers";
import { ZRegistration } from "@/lib/people/schemas";
import { createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { createEvent } from "@/tests/factories/events";
import { createCustomer } from "@/tests/factories/people";

const registration = (reference: string, postcode: string, email = "new@example.test") =>
  ZRegistration.parse({
    reference,
    postcode,
    email,
    password: "long enough password",
    confirmPassword: "long enough password",
  });

describe("creating an account", () => {
  it("matches customer reference and postcode, ignoring case and spacing", async () => {
    const customer = await createCustomer({ postcode: "NV1 2AB" });
    await registerTenant({ registration: registration(customer.reference.toLowerCase(), "nv12ab"), ip: "192.0.2.1" });
    const user = await verifySignIn({ email: "new@example.test", password: "long enough password", ip: "192.0.2.1" });
    expect(user.role).toBe("TENANT");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).customerId).toBe(customer.id);
  });

  it("refuses a wrong postcode, a second account and guessing, creating nothing", async () => {
    const customer = await createCustomer({ postcode: "NV1 2AB" });
    await expect(
      registerTenant({ registration: registration(customer.reference, "NV9 9ZZ"), ip: "192.0.2.2" }),
    ).rejects.toThrow("could not match");
    await registerTenant({ registration: registration(customer.reference, "NV1 2AB"), ip: "192.0.2.2" });
    await expect(
      registerTenant({
        registration: registration(customer.reference, "NV1 2AB", "other@example.test"),
        ip: "192.0.2.2",
      }),
    ).rejects.toThrow("already have an account");
    for (let i = 0; i < 5; i += 1) {
      await expect(
        registerTenant({ registration: registration("C99999", "NV1 2AB"), ip: `192.0.2.${i + 10}` }),
      ).rejects.toThrow("could not match");
    }
    await expect(registerTenant({ registration: registration("C99999", "NV1 2AB"), ip: "192.0.2.30" })).rejects.toThrow(
      "too many attempts",
    );
    expect(await db.user.count()).toBe(1);
  });

  it("works from an officer's invitation once, and the invitation is audited", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    await db.customer.update({ where: { id: customer.id }, data: { email: "invited@example.test" } });
    await inviteCustomer({ actor: officer, customerId: customer.id });
    const email = await db.emailMessage.findFirstOrThrow();
    const token = /invitation\/([\w-]+)/.exec(email.text)?.[1] ?? "";
    await acceptInvitation({ token, password: "long enough password" });
    expect(
      (await verifySignIn({ email: "invited@example.test", password: "long enough password", ip: "x" })).role,
    ).toBe("TENANT");
    await expect(acceptInvitation({ token, password: "long enough password" })).rejects.toThrow("already been used");
    expect((await db.auditEvent.findFirstOrThrow()).action).toBe("customer.invited");
  });

  it("cannot invite a customer without an email address", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    await expect(inviteCustomer({ actor: officer, customerId: customer.id })).rejects.toThrow("Add an email address");
    expect(await db.invitation.count()).toBe(0);
  });
});

describe("equality answers", () => {
  const question = () =>
    db.equalityQuestion.create({
      data: { key: "disability", label: "Disability", options: ["Yes", "No"], position: 0 },
    });

  it("accepts the landlord's options or prefer not to say, and refuses anything else", async () => {
    await question();
    const customer = await createCustomer();
    await saveEqualityAnswers({ customerId: customer.id, answers: { disability: "Prefer not to say" } });
    await expect(saveEqualityAnswers({ customerId: customer.id, answers: { disability: "Maybe" } })).rejects.toThrow(
      "not in the list",
    );
    expect((await db.equalityAnswer.findFirstOrThrow()).answer).toBe("Prefer not to say");
  });

  it("are summarised with counts under 5 hidden", async () => {
    await question();
    const answers = [...Array(6).fill("No"), ...Array(2).fill("Yes"), ...Array(5).fill("Prefer not to say")];
    for (const answer of answers) {
      const customer = await createCustomer();
      await saveEqualityAnswers({ customerId: customer.id, answers: { disability: answer } });
    }
    const [summary] = await getEqualitySummary();
    // 2 is hidden, and so is the next smallest (5), or 2 could be worked out from the total.
    expect(summary?.rows).toEqual([
      { answer: "Yes", count: null },
      { answer: "No", count: 6 },
      { answer: "Prefer not to say", count: null },
    ]);
  });
});

describe("a customer's own data", () => {
  it("downloads everything held, as JSON and as CSV", async () => {
    const customer = await createCustomer({ firstName: "Morag", lastName: "Campbell, Jr" });
    await db.contactConsent.create({
      data: { customerId: customer.id, channel: "EMAIL", consentedAt: new Date("2026-01-01") },
    });
    const data = await exportCustomerData(customer.id);
    expect(data).toMatchObject({ firstName: "Morag", consents: [{ channel: "EMAIL" }] });
    const csv = customerDataCsv(data);
    expect(csv).toContain('lastName,"Campbell, Jr"\r\n');
    expect(csv).toContain("consents[1].channel,EMAIL\r\n");
  });

  it("includes the customer's event places, consultation answers and survey answers", async () => {
    const customer = await createCustomer();
    const event = await createEvent();
    await db.eventRegistration.create({
      data: {
        eventId: event.id,
        customerId: customer.id,
        status: "REGISTERED",
        dietaryNeeds: "No nuts",
        registeredAt: new Date(),
      },
    });
    const { consultation, questions } = await createConsultation();
    await db.consultationResponse.create({
      data: {
        consultationId: consultation.id,
        customerId: customer.id,
        channel: "ONLINE",
        submittedAt: new Date(),
        updatedAt: new Date(),
        answers: { create: { questionId: questions.uses.id, option: "Yes" } },
      },
    });
    const round = await db.surveyRound.create({ data: { regime: "ENGLAND", year: 2026 } });
    await db.perceptionResponse.create({
      data: {
        roundId: round.id,
        respondentRef: customer.reference,
        customerId: customer.id,
        tenure: "LCRA",
        method: "ONLINE",
        tp01: 5,
      },
    });
    const data = await exportCustomerData(customer.id);
    expect(data.eventRegistrations).toMatchObject([
      { event: { title: event.title }, status: "REGISTERED", dietaryNeeds: "No nuts" },
    ]);
    expect(data.consultationResponses).toMatchObject([
      {
        consultation: { title: consultation.title },
        answers: [{ question: { label: questions.uses.label }, option: "Yes" }],
      },
    ]);
    expect(data.perceptionResponses).toMatchObject([{ round: { year: 2026 }, method: "ONLINE", tp01: 5 }]);
  });

  it("is anonymised when an administrator actions the deletion request, keeping the row for totals", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createCustomer({ firstName: "Morag" });
    await db.user.create({
      data: { email: "morag@example.test", name: "Morag", role: "TENANT", passwordHash: "x", customerId: customer.id },
    });
    await db.contactConsent.create({ data: { customerId: customer.id, channel: "EMAIL", consentedAt: new Date() } });
    await requestDeletion({ customerId: customer.id });
    await expect(requestDeletion({ customerId: customer.id })).rejects.toThrow("already asked");
    const request = await db.deletionRequest.findFirstOrThrow();
    await anonymiseCustomer({ actor: admin, requestId: request.id });
    const after = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(after).toMatchObject({ firstName: "Anonymised", email: null, phone: null });
    expect(after.anonymisedAt).not.toBeNull();
    expect(await db.contactConsent.count()).toBe(0);
    expect(await db.user.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await db.customer.count()).toBe(1);
    await expect(anonymiseCustomer({ actor: admin, requestId: request.id })).rejects.toThrow("already been actioned");
    expect(await db.auditEvent.count({ where: { action: "customer.anonymised" } })).toBe(1);
  });

  it("loses event needs and survey reference when anonymised, even after the survey has closed", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createCustomer();
    const event = await createEvent();
    await db.eventRegistration.create({
      data: {
        eventId: event.id,
        customerId: customer.id,
        status: "REGISTERED",
        interpreterLanguage: "Polish",
        dietaryNeeds: "Diabetic",
        registeredAt: new Date(),
      },
    });
    const round = await db.surveyRound.create({ data: { regime: "ENGLAND", year: 2026 } });
    await db.perceptionResponse.create({
      data: {
        roundId: round.id,
        respondentRef: customer.reference,
        customerId: customer.id,
        tenure: "LCRA",
        method: "ONLINE",
        tp01: 4,
      },
    });
    await db.surveyRound.update({ where: { id: round.id }, data: { status: "CLOSED" } });
    await requestDeletion({ customerId: customer.id });
    await anonymiseCustomer({ actor: admin, requestId: (await db.deletionRequest.findFirstOrThrow()).id });
    expect(await db.eventRegistration.findFirstOrThrow()).toMatchObject({
      interpreterLanguage: null,
      dietaryNeeds: null,
      status: "REGISTERED",
    });
    const response = await db.perceptionResponse.findFirstOrThrow();
    expect(response).toMatchObject({ respondentRef: `ANON-${response.id}`, tp01: 4 });
  });
});
