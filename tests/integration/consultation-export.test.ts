import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportResponses } from "@/lib/consultations/export-responses";
import { getRespondentEquality } from "@/lib/consultations/queries";
import { submitResponse } from "@/lib/consultations/submit-response";
import { createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { createCustomer } from "@/tests/factories/people";

describe("exporting responses", () => {
  it("gives one row per response, adds names only when asked, audits that, and keeps formulas as text", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const customer = await createCustomer({ firstName: "Ann", lastName: "Lee" });
    const { consultation, questions } = await createConsultation();
    await submitResponse({
      consultationId: consultation.id,
      channel: "ONLINE",
      customerId: customer.id,
      answers: { [`q_${questions.uses.id}`]: "Yes", [`q_${questions.why.id}`]: '=HYPERLINK("x")' },
    });
    await submitResponse({
      consultationId: consultation.id,
      channel: "PAPER",
      enteredBy: officer,
      answers: { [`q_${questions.uses.id}`]: "No" },
    });

    const anonymous = await exportResponses({ actor: officer, consultationId: consultation.id, personal: false });
    // Read as Excel does: the byte-order mark says UTF-8, and dates are UK day/month/year in UK time.
    expect(anonymous.startsWith("\uFEFF")).toBe(true);
    const lines = anonymous.slice(1).trim().split("\r\n");
    expect(lines[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2},Online,/);
    expect(lines[0]).toBe(
      "Submitted,Channel,Area,Kind of customer,1. Do you use the garden?,2. What would you change?",
    );
    expect(lines).toHaveLength(3);
    expect(anonymous).toContain(`Online,Default,Tenant,Yes,"'=HYPERLINK(""x"")"`);
    expect(anonymous).not.toContain(customer.reference);
    expect(await db.auditEvent.count({ where: { action: { contains: "exported" } } })).toBe(0);

    const named = await exportResponses({ actor: officer, consultationId: consultation.id, personal: true });
    expect(named).toContain(`${customer.reference},Ann Lee`);
    expect(named).toContain(",Anonymous,No,");
    expect(await db.auditEvent.count({ where: { action: "consultation.responses.exported_with_personal_data" } })).toBe(
      1,
    );
  });
});

describe("equality breakdown of respondents", () => {
  it("counts respondents by equality answer and hides small numbers", async () => {
    const { consultation, questions } = await createConsultation();
    const question = await db.equalityQuestion.create({
      data: { key: "age", label: "Age group", options: ["Under 65", "65 or over"], position: 1 },
    });
    const ages = ["Under 65", "Under 65", "Under 65", "Under 65", "Under 65", "Under 65", "65 or over", "65 or over"];
    for (const [index, age] of ages.entries()) {
      const customer = await createCustomer();
      await db.equalityAnswer.create({
        data: { customerId: customer.id, questionId: question.id, answer: age, answeredAt: new Date() },
      });
      // The last customer did not respond, so is not counted.
      if (index < ages.length - 1) {
        await submitResponse({
          consultationId: consultation.id,
          channel: "ONLINE",
          customerId: customer.id,
          answers: { [`q_${questions.uses.id}`]: "No" },
        });
      }
    }
    const [age] = await getRespondentEquality(consultation.id);
    // One hidden count would be given away by the total, so the next smallest is hidden too.
    expect(age?.rows).toEqual([
      { answer: "Under 65", count: null },
      { answer: "65 or over", count: null },
      { answer: "Prefer not to say", count: 0 },
    ]);
  });
});
