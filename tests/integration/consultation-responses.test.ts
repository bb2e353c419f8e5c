import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitResponse } from "@/lib/consultations/submit-response";
import { createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { createCustomer } from "@/tests/factories/people";

const DAY = 86_400_000;

describe("submitting a response", () => {
  it("stores an online response, drops answers to hidden questions, and replaces it when changed", async () => {
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation();
    const answer = (uses: string) => ({ [`q_${questions.uses.id}`]: uses, [`q_${questions.why.id}`]: "More benches" });
    const first = await submitResponse({
      consultationId: consultation.id,
      channel: "ONLINE",
      customerId: customer.id,
      answers: answer("Yes"),
    });
    const second = await submitResponse({
      consultationId: consultation.id,
      channel: "ONLINE",
      customerId: customer.id,
      answers: answer("No"),
    });
    expect(second).toEqual({ id: first.id, updated: true });
    const rows = await db.consultationAnswer.findMany({ select: { questionId: true, option: true, text: true } });
    expect(rows).toEqual([{ questionId: questions.uses.id, option: "No", text: null }]);
  });

  it("refuses missing answers beside the question, storing nothing", async () => {
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation();
    await expect(
      submitResponse({ consultationId: consultation.id, channel: "ONLINE", customerId: customer.id, answers: {} }),
    ).rejects.toMatchObject({
      fieldErrors: { [`q_${questions.uses.id}`]: "Choose an answer" },
    });
    expect(await db.consultationResponse.count()).toBe(0);
  });

  it("refuses a response after closing, storing nothing", async () => {
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation({ closesAt: new Date(Date.now() - DAY / 2) });
    await expect(
      submitResponse({
        consultationId: consultation.id,
        channel: "ONLINE",
        customerId: customer.id,
        answers: { [`q_${questions.uses.id}`]: "No" },
      }),
    ).rejects.toThrow("not open for responses");
    expect(await db.consultationResponse.count()).toBe(0);
    expect(await db.consultationAnswer.count()).toBe(0);
  });

  it("refuses a customer outside the audience, and a former customer", async () => {
    const leaseholder = await createCustomer({ kind: "LEASEHOLDER" });
    const { consultation, questions } = await createConsultation({ audienceKinds: ["TENANT"] });
    const answers = { [`q_${questions.uses.id}`]: "No" };
    await expect(
      submitResponse({ consultationId: consultation.id, channel: "ONLINE", customerId: leaseholder.id, answers }),
    ).rejects.toThrow("not open to you");
    const former = await createCustomer();
    await db.customer.update({ where: { id: former.id }, data: { status: "FORMER" } });
    await expect(
      submitResponse({ consultationId: consultation.id, channel: "ONLINE", customerId: former.id, answers }),
    ).rejects.toThrow("not open to you");
    expect(await db.consultationResponse.count()).toBe(0);
  });

  it("holds one response per customer across channels, and allows anonymous paper responses", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation();
    const answers = { [`q_${questions.uses.id}`]: "No" };
    await submitResponse({ consultationId: consultation.id, channel: "ONLINE", customerId: customer.id, answers });
    await expect(
      submitResponse({
        consultationId: consultation.id,
        channel: "PAPER",
        customerReference: customer.reference.toLowerCase(),
        enteredBy: officer,
        answers,
      }),
    ).rejects.toMatchObject({ fieldErrors: { customerReference: "This customer has already responded" } });
    await submitResponse({ consultationId: consultation.id, channel: "PAPER", enteredBy: officer, answers });
    await submitResponse({ consultationId: consultation.id, channel: "PHONE", enteredBy: officer, answers });
    expect(await db.consultationResponse.count({ where: { customerId: null } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "consultation.response.entered" } })).toBe(2);
  });

  it("stops an online change once an officer has entered the customer's paper response", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation();
    const answers = { [`q_${questions.uses.id}`]: "No" };
    await submitResponse({
      consultationId: consultation.id,
      channel: "PAPER",
      customerReference: customer.reference,
      enteredBy: officer,
      answers,
    });
    await expect(
      submitResponse({ consultationId: consultation.id, channel: "ONLINE", customerId: customer.id, answers }),
    ).rejects.toThrow("We already have a response from you, on a paper form");
  });

  it("refuses an unknown customer reference beside the field", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { consultation, questions } = await createConsultation();
    await expect(
      submitResponse({
        consultationId: consultation.id,
        channel: "PAPER",
        customerReference: "C99999",
        enteredBy: officer,
        answers: { [`q_${questions.uses.id}`]: "No" },
      }),
    ).rejects.toMatchObject({
      fieldErrors: { customerReference: expect.stringContaining("Check the customer reference") },
    });
  });
});

describe("the database's own rules", () => {
  it("refuses a direct insert into a closed consultation", async () => {
    const { consultation } = await createConsultation({ status: "CLOSED" });
    const now = new Date();
    await expect(
      db.consultationResponse.create({
        data: { consultationId: consultation.id, channel: "PAPER", submittedAt: now, updatedAt: now },
      }),
    ).rejects.toThrow("not open for responses");
  });

  it("refuses a direct insert once the closing time has passed, even if still stored as open", async () => {
    const { consultation } = await createConsultation({ closesAt: new Date(Date.now() - 1000) });
    const now = new Date();
    await expect(
      db.consultationResponse.create({
        data: { consultationId: consultation.id, channel: "PAPER", submittedAt: now, updatedAt: now },
      }),
    ).rejects.toThrow("not open for responses");
  });

  it("refuses a second response from one customer", async () => {
    const customer = await createCustomer();
    const { consultation } = await createConsultation();
    const now = new Date();
    const data = {
      consultationId: consultation.id,
      customerId: customer.id,
      channel: "PAPER" as const,
      submittedAt: now,
      updatedAt: now,
    };
    await db.consultationResponse.create({ data });
    await expect(db.consultationResponse.create({ data: { ...data, channel: "PHONE" } })).rejects.toMatchObject({
      code: "P2002",
    });
  });
});
