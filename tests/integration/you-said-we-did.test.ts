import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeConsultation } from "@/lib/consultations/close-consultation";
import { publishOutcome } from "@/lib/consultations/publish-outcome";
import { publishResults } from "@/lib/consultations/publish-results";
import {
  getQuestionnaireForCustomer,
  listAnsweredClosedForCustomer,
  listPublishedOutcomes,
} from "@/lib/consultations/queries";
import { ZOutcome } from "@/lib/consultations/schemas";
import { createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { createArea, createCustomer } from "@/tests/factories/people";
import { sendQueuedNoticeEmails } from "./notice-emails";

const consenting = async (areaId: string, email: string) => {
  const customer = await createCustomer({ areaId });
  await db.customer.update({ where: { id: customer.id }, data: { email } });
  await db.contactConsent.create({ data: { customerId: customer.id, channel: "EMAIL", consentedAt: new Date() } });
  return customer;
};

const respond = (consultationId: string, customerId: string) =>
  db.consultationResponse.create({
    data: { consultationId, customerId, channel: "ONLINE", submittedAt: new Date(), updatedAt: new Date() },
  });

const texts = {
  youSaid: "Nine in ten of the 20 tenants who answered wanted a bench by the door.",
  outcome: "We put two benches in the garden in May.",
};

describe("You said, We did", () => {
  it("emails the outcome only to the people who responded, naming the consultation and linking to it", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const [north, south] = [await createArea("North"), await createArea("South")];
    const { consultation } = await createConsultation({ audienceAreaIds: [north.id] });
    const answered = await consenting(north.id, "answered@example.test");
    // Moved out of the audience since answering: still told what their answer led to.
    const movedAway = await consenting(north.id, "moved@example.test");
    await consenting(north.id, "did-not-answer@example.test");
    await respond(consultation.id, answered.id);
    await respond(consultation.id, movedAway.id);
    await db.home.update({ where: { id: movedAway.homeId ?? "" }, data: { areaId: south.id } });
    const ref = { actor: officer, consultationId: consultation.id };
    await closeConsultation(ref);
    await publishResults(ref);
    await publishOutcome({ ...ref, ...texts });
    await sendQueuedNoticeEmails();

    const emails = await db.emailMessage.findMany({
      orderBy: { to: "asc" },
      select: { to: true, subject: true, text: true },
    });
    expect(emails.map((email) => email.to)).toEqual(["answered@example.test", "moved@example.test"]);
    expect(emails[0]?.subject).toBe(`You said, We did: ${consultation.title}`);
    expect(emails[0]?.text).toContain(`"${consultation.title}"`);
    expect(emails[0]?.text).toContain(`/tenant/consultations/${consultation.id}`);
  });

  it("publishes both texts, and the tenant keeps the closed consultation they answered", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const area = await createArea("North");
    const { consultation } = await createConsultation();
    const { consultation: unanswered } = await createConsultation();
    const tenant = await createCustomer({ areaId: area.id });
    await respond(consultation.id, tenant.id);
    for (const id of [consultation.id, unanswered.id]) await closeConsultation({ actor: officer, consultationId: id });
    expect(
      (await listAnsweredClosedForCustomer(tenant.id, new Date())).map((row) => [row.id, row.effectiveStatus]),
    ).toEqual([[consultation.id, "CLOSED"]]);

    await publishResults({ actor: officer, consultationId: consultation.id });
    await publishOutcome({ actor: officer, consultationId: consultation.id, ...texts });
    const [kept] = await listAnsweredClosedForCustomer(tenant.id, new Date());
    expect([kept?.youSaid, kept?.outcome]).toEqual([texts.youSaid, texts.outcome]);
    expect((await listPublishedOutcomes()).rows.map((row) => [row.youSaid, row.outcome])).toEqual([
      [texts.youSaid, texts.outcome],
    ]);
    expect((await getQuestionnaireForCustomer(consultation.id, tenant.id, new Date()))?.outcome).toBe(texts.outcome);
  });

  it("needs both texts, and the database refuses a published outcome without them", async () => {
    expect(
      ZOutcome.safeParse({ consultationId: "c1", outcome: texts.outcome }).error?.issues.map((issue) => issue.path[0]),
    ).toEqual(["youSaid"]);
    const { consultation } = await createConsultation();
    await expect(
      db.consultation.update({
        where: { id: consultation.id },
        data: { status: "OUTCOME_PUBLISHED", outcome: texts.outcome },
      }),
    ).rejects.toThrow(/Consultation_outcome_texts_check/);
  });
});
