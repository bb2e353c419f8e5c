import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeConsultation } from "@/lib/consultations/close-consultation";
import { publishConsultation } from "@/lib/consultations/publish-consultation";
import { publishOutcome } from "@/lib/consultations/publish-outcome";
import { publishResults } from "@/lib/consultations/publish-results";
import { sendDueOpeningNotices } from "@/lib/consultations/send-opening-notices";
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

describe("emailing the audience", () => {
  it("emails eligible customers who agreed to email when it opens, and those who answered when the outcome is published", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const [north, south] = [await createArea("North"), await createArea("South")];
    const respondent = await consenting(north.id, "yes@example.test");
    await consenting(south.id, "other-area@example.test");
    const noConsent = await createCustomer({ areaId: north.id });
    await db.customer.update({ where: { id: noConsent.id }, data: { email: "no-consent@example.test" } });
    const { consultation } = await createConsultation({ status: "DRAFT", audienceAreaIds: [north.id] });
    const ref = { actor: officer, consultationId: consultation.id };

    await publishConsultation(ref);
    await sendQueuedNoticeEmails();
    expect(await db.emailMessage.findMany({ select: { to: true, subject: true } })).toEqual([
      { to: "yes@example.test", subject: `Have your say: ${consultation.title}` },
    ]);
    await db.consultationResponse.create({
      data: {
        consultationId: consultation.id,
        customerId: respondent.id,
        channel: "ONLINE",
        submittedAt: new Date(),
        updatedAt: new Date(),
      },
    });
    await closeConsultation(ref);
    await publishResults(ref);
    await publishOutcome({
      ...ref,
      youSaid: "You asked for a quieter garden.",
      outcome: "We changed the garden as you asked.",
    });
    await sendQueuedNoticeEmails();
    expect(await db.emailMessage.count({ where: { subject: `You said, We did: ${consultation.title}` } })).toBe(1);
  });

  it("announces a scheduled consultation once, when its opening time comes", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const area = await createArea("North");
    await consenting(area.id, "yes@example.test");
    const opensAt = new Date(Date.now() + 2 * 86_400_000);
    const { consultation } = await createConsultation({
      status: "DRAFT",
      opensAt,
      closesAt: new Date(opensAt.getTime() + 7 * 86_400_000),
    });
    expect(await publishConsultation({ actor: officer, consultationId: consultation.id })).toBe("SCHEDULED");
    expect(await sendDueOpeningNotices()).toEqual({ consultations: 0, emails: 0 });

    const dayItOpens = new Date(opensAt.getTime() + 60_000);
    const [first, second] = await Promise.all([sendDueOpeningNotices(dayItOpens), sendDueOpeningNotices(dayItOpens)]);
    expect(first.emails + second.emails).toBe(1);
    expect(await sendDueOpeningNotices(new Date(dayItOpens.getTime() + 60_000))).toEqual({
      consultations: 0,
      emails: 0,
    });
    await sendQueuedNoticeEmails();
    expect(await db.emailMessage.findMany({ select: { to: true, subject: true } })).toEqual([
      { to: "yes@example.test", subject: `Have your say: ${consultation.title}` },
    ]);
  });

  it("does not announce again one that was announced when it was published open", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const area = await createArea("North");
    await consenting(area.id, "yes@example.test");
    const { consultation } = await createConsultation({ status: "DRAFT" });
    expect(await publishConsultation({ actor: officer, consultationId: consultation.id })).toBe("OPEN");
    await sendDueOpeningNotices();
    await sendQueuedNoticeEmails();
    expect(await db.emailMessage.count()).toBe(1);
  });
});
