// A consultation's notices survive a failed send: the claim (or the publishing) and every email it owes are written
// together, and each email is then sent and retried on its own, once per person.
import { describe, expect, it, vi } from "vitest";
import { closeConsultation } from "@/lib/consultations/close-consultation";
import { publishOutcome } from "@/lib/consultations/publish-outcome";
import { publishResults } from "@/lib/consultations/publish-results";
import { sendDueOpeningNotices } from "@/lib/consultations/send-opening-notices";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { ensureQueue, ensureQueues } from "@/lib/jobs/queues";
import { JOBS } from "@/lib/jobs/registry";
import { NOTICE_EMAIL_QUEUE, queueNoticeEmails, sendNoticeEmail } from "@/lib/mail/notice-emails";
import { createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { createArea, createCustomer } from "@/tests/factories/people";
import { sendQueuedNoticeEmails, workNoticeEmails } from "./notice-emails";

// The mail server refuses the next message to each address listed here, once.
const refuseOnce = vi.hoisted(() => new Set<string>());
vi.mock("@/lib/mail/send-email", async (original) => {
  const actual = await original<typeof import("@/lib/mail/send-email")>();
  return {
    ...actual,
    sendTemplatedEmail: async (to: string, ...rest: [never, never]) => {
      if (refuseOnce.delete(to)) throw new Error("The mail server did not answer.");
      return actual.sendTemplatedEmail(to, ...rest);
    },
  };
});

const consenting = async (areaId: string, email: string) => {
  const customer = await createCustomer({ areaId });
  await db.customer.update({ where: { id: customer.id }, data: { email } });
  await db.contactConsent.create({ data: { customerId: customer.id, channel: "EMAIL", consentedAt: new Date() } });
  return customer;
};

const PEOPLE = ["a@example.test", "b@example.test", "c@example.test"];

// A failed email is tried again after a second rather than the usual 30 (set after the worker has set its queues).
const startWorkerRetryingFast = async () => {
  await workNoticeEmails();
  const boss = await getBoss();
  await boss.updateQueue(NOTICE_EMAIL_QUEUE, {
    name: NOTICE_EMAIL_QUEUE,
    retryLimit: 5,
    retryDelay: 1,
    retryBackoff: false,
  });
};

const outbox = (subject: string) =>
  db.emailMessage.findMany({ where: { subject }, orderBy: { to: "asc" }, select: { to: true } });

describe("consultation notices when a send fails", () => {
  it("claims a due opening and records everyone's email together; the refused one is retried, nobody gets two", async () => {
    await startWorkerRetryingFast();
    const area = await createArea("North");
    for (const email of PEOPLE) await consenting(area.id, email);
    const now = new Date();
    const { consultation } = await createConsultation({
      status: "SCHEDULED",
      opensAt: new Date(now.getTime() + 86_400_000),
      closesAt: new Date(now.getTime() + 8 * 86_400_000),
    });
    const dayItOpens = new Date(now.getTime() + 86_400_000 + 60_000);
    refuseOnce.add("a@example.test");

    // Before, the first refusal stopped the run after the claim had committed: the others were never emailed.
    expect(await sendDueOpeningNotices(dayItOpens)).toEqual({ consultations: 1, emails: 3 });
    expect(await sendDueOpeningNotices(new Date(dayItOpens.getTime() + 60_000))).toEqual({
      consultations: 0,
      emails: 0,
    });
    await sendQueuedNoticeEmails();

    expect(refuseOnce.size).toBe(0);
    expect(await outbox(`Have your say: ${consultation.title}`)).toEqual(PEOPLE.map((to) => ({ to })));
  });

  it("publishes an outcome even if the mail server refuses, and every respondent hears it once", async () => {
    await startWorkerRetryingFast();
    const officer = await createUser({ role: "OFFICER" });
    const area = await createArea("North");
    const { consultation } = await createConsultation();
    for (const email of PEOPLE) {
      const customer = await consenting(area.id, email);
      await db.consultationResponse.create({
        data: {
          consultationId: consultation.id,
          customerId: customer.id,
          channel: "ONLINE",
          submittedAt: new Date(),
          updatedAt: new Date(),
        },
      });
    }
    const ref = { actor: officer, consultationId: consultation.id };
    await closeConsultation(ref);
    await publishResults(ref);
    refuseOnce.add("a@example.test");

    await publishOutcome({ ...ref, youSaid: "You asked for benches.", outcome: "We put in two benches." });
    await sendQueuedNoticeEmails();

    expect(refuseOnce.size).toBe(0);
    expect(await outbox(`You said, We did: ${consultation.title}`)).toEqual(PEOPLE.map((to) => ({ to })));
  });

  it("never emails one person twice for one notice: queued again or sent again after a crash, nothing is added", async () => {
    const area = await createArea("North");
    const customer = await consenting(area.id, "a@example.test");
    const recipient = {
      customerId: customer.id,
      to: "a@example.test",
      template: { subject: "Have your say: Bins", greeting: "Hello,", blocks: [] },
    };
    const boss = await getBoss();
    await ensureQueues();
    const queue = () => db.$transaction((tx) => queueNoticeEmails(tx, boss, "consultation-opened:bins", [recipient]));
    expect(await queue()).toBe(1);
    expect(await queue()).toBe(0);
    await expect(db.noticeEmail.create({ data: { ...recipient, notice: "consultation-opened:bins" } })).rejects.toThrow(
      "Unique constraint failed",
    );

    const [email] = await db.noticeEmail.findMany();
    await sendNoticeEmail({ noticeEmailId: email?.id });
    // A worker that died after sending but before recording it: its job runs again.
    await db.noticeEmail.updateMany({ data: { sentAt: null } });
    await sendNoticeEmail({ noticeEmailId: email?.id });
    expect(await db.emailMessage.count()).toBe(1);
    expect(await db.noticeEmail.count({ where: { sentAt: { not: null } } })).toBe(1);
  });

  it("leaves a due opening unclaimed while the emails' queue is missing, rather than claim it and lose them", async () => {
    const area = await createArea("North");
    await consenting(area.id, "a@example.test");
    const now = new Date();
    const { consultation } = await createConsultation({ status: "SCHEDULED", opensAt: now });
    const boss = await getBoss();
    // As on a new database whose worker has not started yet (pg-boss deletes only a queue with no jobs).
    await db.$executeRaw`DELETE FROM pgboss.job WHERE "name" = ${NOTICE_EMAIL_QUEUE}`;
    await boss.deleteQueue(NOTICE_EMAIL_QUEUE);

    await expect(sendDueOpeningNotices(now)).rejects.toThrow("The queue for notice emails has not been made yet");
    const row = await db.consultation.findUniqueOrThrow({ where: { id: consultation.id } });
    expect([row.openingNoticeSentAt, await db.noticeEmail.count()]).toEqual([null, 0]);

    await ensureQueue(JOBS.find((job) => job.name === NOTICE_EMAIL_QUEUE) as (typeof JOBS)[number]);
    expect(await sendDueOpeningNotices(now)).toEqual({ consultations: 1, emails: 1 });
  });
});
