// A provider that refuses our key: the officer reads why on the newsletter's page, nothing is sent, nothing is left
// waiting to be retried, and the outbox (the demo's stand-in) holds nothing. Its own file: the configured provider
// is chosen once per process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliver } from "@/lib/communications/deliver";
import { failedDeliveries } from "@/lib/communications/queries";
import { sendCommunication } from "@/lib/communications/send-communication";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { stopBoss } from "@/lib/jobs/boss";
import { createUser } from "@/tests/factories";
import { createContactable, createDraft } from "@/tests/factories/communications";
import { NOTIFY_SERVICE_ID, startProviderStub, type ProviderStub } from "@/tests/stubs/provider-stub";

let stub: ProviderStub;
beforeAll(async () => {
  stub = await startProviderStub();
  Object.assign(env, {
    EMAIL_PROVIDER: "notify",
    NOTIFY_BASE_URL: stub.url,
    NOTIFY_API_KEY: `involve_test-${NOTIFY_SERVICE_ID}-00000000-0000-4000-8000-000000000000`,
    NOTIFY_EMAIL_TEMPLATE_ID: "email",
  });
});
afterAll(async () => {
  await stopBoss();
  await stub.close();
});

describe("a provider that refuses the key", () => {
  it("fails the delivery at once with the provider's reason, sends nothing and retries nothing", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const reader = await createContactable(["EMAIL"]);
    const { id } = await createDraft();
    await sendCommunication({ actor: officer, communicationId: id, expectedTotal: 1 });
    const { id: deliveryId } = await db.delivery.findFirstOrThrow({ where: { communicationId: id } });

    // Resolving (not throwing) is what tells the queue not to try again: retrying would only repeat the refusal.
    await expect(deliver({ deliveryId }, { lastTry: false })).resolves.toBeUndefined();
    expect(stub.received).toBe(1);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "FAILED",
      reason: "GOV.UK Notify refused the API key.",
      attempts: 1,
      sentAt: null,
      providerId: null,
    });
    expect(await db.emailMessage.count()).toBe(0);
    const failed = await failedDeliveries(id);
    expect(failed.map((row) => [row.customer.firstName, row.reason])).toEqual([
      [reader.firstName, "GOV.UK Notify refused the API key."],
    ]);

    // A job repeated after a crash finds the delivery settled and sends nothing more.
    await deliver({ deliveryId }, { lastTry: true });
    expect(stub.received).toBe(1);
  });
});
