import { describe, expect, it } from "vitest";
import { submitResponse } from "@/lib/consultations/submit-response";
import { db } from "@/lib/db";
import { createConsultation } from "@/tests/factories/consultations";
import { createCustomer } from "@/tests/factories/people";

const choiceQuestion = (consultationId: string) =>
  db.consultationQuestion.create({
    data: {
      consultationId,
      position: 3,
      type: "MULTIPLE_CHOICE",
      label: "What would help?",
      options: ["Benches", "Planters"],
      required: false,
    },
  });

describe("ballot stuffing", () => {
  it("stores a repeated option once, for a tenant and for an officer's paper entry", async () => {
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation();
    const ideas = await choiceQuestion(consultation.id);
    const answers = { [`q_${questions.uses.id}`]: "No", [`q_${ideas.id}`]: Array(1000).fill("Benches") };
    await submitResponse({ consultationId: consultation.id, channel: "ONLINE", customerId: customer.id, answers });
    await submitResponse({ consultationId: consultation.id, channel: "PAPER", answers });
    expect(await db.consultationAnswer.count({ where: { questionId: ideas.id } })).toBe(2);
  });

  it("refuses an option the question does not offer, storing nothing", async () => {
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation();
    const ideas = await choiceQuestion(consultation.id);
    const answers = { [`q_${questions.uses.id}`]: "No", [`q_${ideas.id}`]: ["Benches", "Swimming pool"] };
    await expect(
      submitResponse({ consultationId: consultation.id, channel: "ONLINE", customerId: customer.id, answers }),
    ).rejects.toMatchObject({
      fieldErrors: { [`q_${ideas.id}`]: "Choose an answer from the list" },
    });
    expect(await db.consultationResponse.count()).toBe(0);
  });

  it("has the database refuse a second row for the same option even if the code lets one through", async () => {
    const customer = await createCustomer();
    const { consultation, questions } = await createConsultation();
    const { id } = await submitResponse({
      consultationId: consultation.id,
      channel: "ONLINE",
      customerId: customer.id,
      answers: { [`q_${questions.uses.id}`]: "No" },
    });
    await expect(
      db.consultationAnswer.create({ data: { responseId: id, questionId: questions.uses.id, option: "No" } }),
    ).rejects.toMatchObject({
      code: "P2002",
    });
  });
});
