// Kills the job worker in the middle of a 2,000-person send and starts another: everyone gets exactly one message.
// The worker is a separate process (`npm run worker`), so this needs PostgreSQL: the embedded database belongs to one
// process. CI runs the integration tests on PostgreSQL as well, where this runs.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createUser } from "@/tests/factories";
import { createDraft } from "@/tests/factories/communications";

const PEOPLE = 2000;
// A claimed message is given up as lost 3 s after its worker died, checked every second (defaults 60 s and 30 s).
const FAST = { JOB_MAINTENANCE_SECONDS: "1", DELIVERY_EXPIRE_SECONDS: "3" };

// tsx runs the worker in a child process of its own: the worker gets its own process group, and killing the group
// kills both (SIGKILL to tsx alone left the worker running, sending on and taking later tests' jobs).
const startWorker = () =>
  spawn("node_modules/.bin/tsx", ["scripts/worker.ts"], {
    env: { ...process.env, ...FAST, DATABASE_URL: process.env.DATABASE_URL },
    stdio: "ignore",
    detached: true,
  });

const kill = (worker: ChildProcess) => {
  try {
    if (worker.pid) process.kill(-worker.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
};

const sentCount = async (communicationId: string) =>
  db.delivery.count({ where: { communicationId, status: { not: "QUEUED" } } });

const waitFor = async (check: () => Promise<boolean>, seconds: number) => {
  for (let i = 0; i < seconds * 10; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("gave up waiting");
};

const workers: ChildProcess[] = [];
afterAll(async () => {
  for (const worker of workers) kill(worker);
  const { stopBoss } = await import("@/lib/jobs/boss");
  await stopBoss();
});

describe.skipIf(!process.env.DATABASE_URL)("a worker killed in the middle of a send", () => {
  it("leaves every recipient with exactly one message once another worker finishes", { timeout: 180_000 }, async () => {
    Object.assign(env, { JOB_MAINTENANCE_SECONDS: 1, DELIVERY_EXPIRE_SECONDS: 3 });
    const { sendCommunication } = await import("@/lib/communications/send-communication");
    const officer = await createUser({ role: "OFFICER" });
    await db.$executeRaw`
      INSERT INTO "Customer" ("id", "reference", "kind", "firstName", "lastName", "email", "updatedAt")
      SELECT 'kill' || g, 'KILL' || g, 'TENANT', 'Reader', 'Number ' || g, 'reader' || g || '@example.test', now()
      FROM generate_series(1, ${PEOPLE}) g`;
    await db.$executeRaw`
      INSERT INTO "ContactConsent" ("customerId", "channel", "consentedAt")
      SELECT "id", 'EMAIL', now() FROM "Customer" WHERE "id" LIKE 'kill%'`;
    const { id } = await createDraft();
    await sendCommunication({ actor: officer, communicationId: id, expectedTotal: PEOPLE });

    const first = startWorker();
    workers.push(first);
    await waitFor(async () => (await sentCount(id)) >= 200, 60);
    kill(first);
    const sentWhenKilled = await sentCount(id);
    expect(sentWhenKilled).toBeLessThan(PEOPLE);

    workers.push(startWorker());
    await waitFor(async () => (await sentCount(id)) === PEOPLE, 120);

    const [outbox] = await db.$queryRaw<{ messages: number; people: number }[]>`
      SELECT count(*)::int AS "messages", count(DISTINCT "to")::int AS "people" FROM "EmailMessage"
      WHERE "deliveryId" IN (SELECT "id" FROM "Delivery" WHERE "communicationId" = ${id})`;
    expect(outbox).toEqual({ messages: PEOPLE, people: PEOPLE });
    expect(await db.delivery.count({ where: { communicationId: id, status: "SENT" } })).toBe(PEOPLE);
  });
});
