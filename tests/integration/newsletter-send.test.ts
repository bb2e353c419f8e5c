import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { audienceRecipients } from "@/lib/communications/audience";
import { recordUsefulness } from "@/lib/communications/record-usefulness";
import { ZAudience } from "@/lib/communications/schemas";
import { sendCommunication } from "@/lib/communications/send-communication";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { startJobWorker } from "@/lib/jobs/worker";
import { createUser } from "@/tests/factories";
import { createContactable, createDraft } from "@/tests/factories/communications";
import { createArea } from "@/tests/factories/people";

afterAll(stopBoss);

// The queue's tables outlive each test's truncation: count what a test adds.
const deliveryJobs = async () =>
  (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE 'deliver-%'`)[0]?.n;

const waitUntilSent = async (communicationId: string) => {
  for (let i = 0; i < 150; i += 1) {
    if ((await db.delivery.count({ where: { communicationId, status: "QUEUED" } })) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("deliveries still queued");
};

describe("sending a newsletter", () => {
  it("reaches each person once by their consented channel, else by post, through the queue to the outbox", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const byEmail = await createContactable(["EMAIL", "SMS"], { preferred: "EMAIL" });
    const byText = await createContactable(["EMAIL", "SMS"], { preferred: "SMS" });
    const byPost = await createContactable([]);
    await db.supportNeed.create({ data: { customerId: byPost.id, kind: "LARGE_PRINT" } });
    const { id } = await createDraft();

    const counts = await sendCommunication({ actor: officer, communicationId: id, expectedTotal: 3 });
    expect(counts).toEqual({ email: 1, text: 1, letter: 1, unreachable: 0 });
    await startJobWorker();
    await waitUntilSent(id);

    const outbox = await db.emailMessage.findMany({
      select: { to: true, channel: true, text: true, unsubscribeUrl: true },
    });
    // The email carries the one-click unsubscribe address its List-Unsubscribe header is made from; texts and
    // letters have none.
    expect(outbox.find((m) => m.channel === "EMAIL")?.unsubscribeUrl).toMatch(/^http.*unsubscribe/);
    expect(outbox.filter((m) => m.unsubscribeUrl).length).toBe(1);
    expect(outbox.map((m) => [m.channel, m.to]).sort()).toEqual(
      [
        ["EMAIL", `${byEmail.reference}@example.test`],
        ["LETTER", expect.stringContaining("Test Street")],
        ["SMS", "07700900123"],
      ].sort(),
    );
    expect(outbox.find((m) => m.channel === "SMS")?.text).toMatch(
      /Our spring newsletter is out\.\n.*\/news\/.*\nReply STOP/,
    );
    const deliveries = await db.delivery.findMany({ where: { communicationId: id } });
    expect(deliveries.every((d) => d.status === "SENT" && d.attempts === 1)).toBe(true);
    expect(deliveries.find((d) => d.customerId === byPost.id)?.largePrint).toBe(true);
    expect(deliveries.find((d) => d.customerId === byText.id)?.channel).toBe("SMS");
    expect(await db.auditEvent.count({ where: { action: "communication.sent", entityId: id } })).toBe(1);

    await expect(sendCommunication({ actor: officer, communicationId: id, expectedTotal: 3 })).rejects.toThrow(
      "This newsletter has already been sent.",
    );
  });

  it("refuses an audience of nobody, a changed audience and a text over two segments, writing nothing", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const jobsBefore = await deliveryJobs();
    const empty = await createArea("Nobody lives here");
    const nobody = await createDraft({ audience: { everyone: false, areaIds: [empty.id], kinds: [], groupIds: [] } });
    await createContactable(["EMAIL"]);
    await expect(sendCommunication({ actor: officer, communicationId: nobody.id, expectedTotal: 0 })).rejects.toThrow(
      "Nobody in this audience can be reached. Choose a wider audience.",
    );
    const changed = await createDraft();
    await expect(sendCommunication({ actor: officer, communicationId: changed.id, expectedTotal: 5 })).rejects.toThrow(
      "The audience has changed since you checked it",
    );
    const long = await createDraft({ textMessage: "a".repeat(300) });
    await expect(sendCommunication({ actor: officer, communicationId: long.id, expectedTotal: 1 })).rejects.toThrow(
      "The text message is longer than two texts.",
    );
    expect(await db.delivery.count()).toBe(0);
    expect(await db.communication.count({ where: { status: "SENT" } })).toBe(0);
    expect(await deliveryJobs()).toBe(jobsBefore);
  });

  it("reaches by an equality answer or a support need exactly the current customers who gave or asked for it", async () => {
    const age = await db.equalityQuestion.create({
      data: { key: "age", label: "Age group", options: ["16 to 24", "25 to 34"], position: 1 },
    });
    const carer = await db.equalityQuestion.create({
      data: { key: "carer", label: "Carer", options: ["16 to 24", "No"], position: 2 },
    });
    const answered = async (questionId: string, answer: string) => {
      const customer = await createContactable(["EMAIL"]);
      await db.equalityAnswer.create({ data: { customerId: customer.id, questionId, answer, answeredAt: new Date() } });
      return customer;
    };
    const young = await answered(age.id, "16 to 24");
    await answered(age.id, "25 to 34");
    await answered(carer.id, "16 to 24"); // the same words to another question
    const moved = await answered(age.id, "16 to 24");
    await db.customer.update({ where: { id: moved.id }, data: { status: "FORMER" } });
    const signer = await createContactable(["EMAIL"]);
    await db.supportNeed.create({ data: { customerId: signer.id, kind: "BSL" } });
    await createContactable(["EMAIL"]);
    const reached = async (audience: Partial<z.input<typeof ZAudience>>) =>
      (
        await audienceRecipients(
          db,
          ZAudience.parse({ everyone: false, areaIds: [], kinds: [], groupIds: [], ...audience }),
        )
      ).map((person) => person.id);
    expect(await reached({ equalityAnswers: ["age=16 to 24"] })).toEqual([young.id]);
    expect(await reached({ supportNeeds: ["BSL"] })).toEqual([signer.id]);
    expect(await reached({ equalityAnswers: ["age=16 to 24"], supportNeeds: ["BSL"] })).toEqual(
      [young.id, signer.id].sort(),
    );
    expect(await reached({})).toEqual([]);
  });

  it("counts readers' answers to 'Was this useful?' on sent newsletters only", async () => {
    const draft = await createDraft();
    await expect(recordUsefulness({ communicationId: draft.id, useful: "yes" })).rejects.toThrow(
      "We could not find that newsletter.",
    );
    await db.communication.update({ where: { id: draft.id }, data: { status: "SENT", sentAt: new Date() } });
    await Promise.all([
      recordUsefulness({ communicationId: draft.id, useful: "yes" }),
      recordUsefulness({ communicationId: draft.id, useful: "yes" }),
      recordUsefulness({ communicationId: draft.id, useful: "no" }),
    ]);
    expect(await db.communication.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      usefulYes: 2,
      usefulNo: 1,
    });
  });
});
