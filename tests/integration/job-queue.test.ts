import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { listUnfinishedJobs } from "@/lib/jobs/queries";
import { retryJob } from "@/lib/jobs/retry-job";
import { registerJob, startJobWorker } from "@/lib/jobs/worker";
import { createUser } from "@/tests/factories";
import { createCustomer } from "@/tests/factories/people";

afterAll(stopBoss);

const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean, seconds = 20) => {
  for (let i = 0; i < seconds * 5; i += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("gave up waiting");
};

describe("the job queue on the embedded database", () => {
  it("runs a due recurring job as the worker starts, once", async () => {
    const customer = await createCustomer({});
    await db.customer.update({ where: { id: customer.id }, data: { email: "due@example.test" } });
    await db.contactConsent.create({ data: { customerId: customer.id, channel: "EMAIL", consentedAt: new Date() } });
    const { id } = await db.consultation.create({
      data: {
        title: "Queued notice",
        summary: "Opens before the worker starts.",
        status: "SCHEDULED",
        opensAt: new Date(Date.now() - 60_000),
        closesAt: new Date(Date.now() + 86_400_000),
      },
    });

    await startJobWorker();
    const claimed = await waitFor(
      () => db.consultation.findUniqueOrThrow({ where: { id }, select: { openingNoticeSentAt: true } }),
      (row) => row.openingNoticeSentAt !== null,
    );
    expect(claimed.openingNoticeSentAt).not.toBeNull();
    // The claim commits with the notice's queued emails, which their own jobs send a moment later
    // (lib/mail/notice-emails.ts): the test waits for the email, then checks there is exactly one.
    const emails = await waitFor(
      () => db.emailMessage.count({ where: { subject: "Have your say: Queued notice" } }),
      (count) => count > 0,
    );
    expect(emails).toBe(1);
  });

  it("retries a failing job with backoff, shows it failed after its last try, and an administrator's retry runs it again", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const tries: number[] = [];
    let healthy = false;
    await registerJob({
      name: "test-flaky",
      label: "A flaky test job",
      retryLimit: 1,
      retryDelaySeconds: 1,
      run: async () => {
        tries.push(Date.now());
        if (!healthy) throw new Error("The provider said no");
      },
    });
    const jobId = (await (await getBoss()).send("test-flaky", {})) as string;

    const [failed] = await waitFor(
      async () => (await listUnfinishedJobs()).filter((job) => job.id === jobId && job.state === "failed"),
      (rows) => rows.length === 1,
    );
    expect(tries).toHaveLength(2);
    expect((tries[1] ?? 0) - (tries[0] ?? 0)).toBeGreaterThanOrEqual(900);
    expect(failed?.problem).toBe("The provider said no");
    await expect(retryJob({ actor: admin, jobId: "00000000-0000-4000-8000-000000000000" })).rejects.toThrow(
      "We could not find that job.",
    );

    healthy = true;
    await retryJob({ actor: admin, jobId });
    await waitFor(
      async () => (await listUnfinishedJobs()).some((job) => job.id === jobId),
      (unfinished) => !unfinished,
    );
    expect(tries).toHaveLength(3);
    await expect(retryJob({ actor: admin, jobId })).rejects.toThrow("Only a job that has failed can be tried again.");
    expect(await db.auditEvent.count({ where: { action: "job.retried", entityId: jobId } })).toBe(1);
  });
});
