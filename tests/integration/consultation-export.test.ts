import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportResponses } from "@/lib/consultations/export-responses";
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
      answers: { [`q_${questions.uses.id}`]: "Yes", [`q_${questions.why.id}`]: "=HYPERLINK(\"x\")" },
    });
    await submitResponse({ consultationId: consultation.id, channel: "PAPER", enteredBy: officer, answers: { [`q_${questions.uses.id}`]: "No" } });

    const anonymous = await exportResponses({ actor: officer, consultationId: consultation.id, personal: false });
    const lines = anonymous.trim().split("\r\n");
    expect(lines[0]).toBe("Submitted,Channel,Area,Kind of customer,1. Do you use the garden?,2. What would you change?");
    expect(lines).toHaveLength(3);
    expect(anonymous).toContain(`Online,Default,Tenant,Yes,"'=HYPERLINK(""x"")"`);
    expect(anonymous).not.toContain(customer.reference);
    expect(await db.auditEvent.count({ where: { action: { contains: "exported" } } })).toBe(0);

    const named = await exportResponses({ actor: officer, consultationId: consultation.id, personal: true });
    expect(named).toContain(`${customer.reference},Ann Lee`);
    expect(named).toContain(",Anonymous,No,");
    expect(await db.auditEvent.count({ where: { action: "consultation.responses.exported_with_personal_data" } })).toBe(1);
  });
});
