import { beforeAll, describe, expect, it } from "vitest";
import { POST as notifyReceipt } from "@/app/api/receipts/notify/route";
import { POST as notifyInbound } from "@/app/api/receipts/notify/inbound/route";
import { POST as twilioReceipt } from "@/app/api/receipts/twilio/route";
import { POST as twilioInbound } from "@/app/api/receipts/twilio/inbound/route";
import { twilioSignature } from "@/lib/communications/receipts";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createContactable, createDraft } from "@/tests/factories/communications";

const TOKEN = "notify-callback-token-for-tests";
const TWILIO_TOKEN = "twilio-auth-token-for-tests";

beforeAll(() => {
  env.NOTIFY_CALLBACK_TOKEN = TOKEN;
  env.TWILIO_AUTH_TOKEN = TWILIO_TOKEN;
});

const sentDelivery = async (providerId: string) => {
  const customer = await createContactable(["EMAIL"]);
  const { id } = await createDraft();
  return db.delivery.create({
    data: {
      communicationId: id,
      customerId: customer.id,
      channel: "EMAIL",
      address: "a@example.test",
      status: "SENT",
      providerId,
    },
  });
};

const notifyPost = (body: unknown, token = TOKEN) =>
  new Request("http://localhost/api/receipts/notify", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const twilioPost = (path: string, fields: Record<string, string>, token = TWILIO_TOKEN) => {
  const params = new URLSearchParams(fields);
  return new Request(`http://internal:3000${path}`, {
    method: "POST",
    headers: { "x-twilio-signature": twilioSignature(token, `${env.APP_URL}${path}`, params) },
    body: params,
  });
};

const statusOf = async (id: string) => (await db.delivery.findUniqueOrThrow({ where: { id } })).status;

describe("delivery receipts", () => {
  it("records Notify's delivered and failed receipts, and refuses a wrong token or a malformed one", async () => {
    const delivered = await sentDelivery("n-1");
    const failed = await sentDelivery("n-2");
    expect((await notifyReceipt(notifyPost({ id: "n-1", status: "delivered" }, "wrong-token-wrong"))).status).toBe(401);
    expect(await statusOf(delivered.id)).toBe("SENT");
    expect((await notifyReceipt(notifyPost({ status: 3 }))).status).toBe(400);

    expect((await notifyReceipt(notifyPost({ id: "n-1", status: "delivered" }))).status).toBe(204);
    expect((await notifyReceipt(notifyPost({ id: "n-2", status: "permanent-failure" }))).status).toBe(204);
    expect(await statusOf(delivered.id)).toBe("DELIVERED");
    expect(await db.delivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: "FAILED",
      reason: "GOV.UK Notify: permanent-failure",
    });
  });

  it("records Twilio's signed status callback and refuses an unsigned one", async () => {
    const delivery = await sentDelivery("SM1");
    const forged = twilioPost(
      "/api/receipts/twilio",
      { MessageSid: "SM1", MessageStatus: "delivered" },
      "not-the-token",
    );
    expect((await twilioReceipt(forged)).status).toBe(401);
    expect(await statusOf(delivery.id)).toBe("SENT");
    const signed = twilioPost("/api/receipts/twilio", {
      MessageSid: "SM1",
      MessageStatus: "undelivered",
      ErrorCode: "30005",
    });
    expect((await twilioReceipt(signed)).status).toBe(204);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: "FAILED",
      reason: "Twilio: undelivered (error 30005)",
    });
  });

  it("withdraws text consent when a tenant replies STOP, by either provider, and ignores other replies", async () => {
    const texter = await createContactable(["SMS", "EMAIL"], { phone: "07700 900456" });
    const other = await createContactable(["SMS"], { phone: "07700900789" });
    const consents = async (customerId: string) =>
      (await db.contactConsent.findMany({ where: { customerId } })).map((c) => c.channel).sort();

    await twilioInbound(twilioPost("/api/receipts/twilio/inbound", { From: "+447700900456", Body: "Thanks!" }));
    expect(await consents(texter.id)).toEqual(["EMAIL", "SMS"]);
    await twilioInbound(twilioPost("/api/receipts/twilio/inbound", { From: "+447700900456", Body: " stop " }));
    expect(await consents(texter.id)).toEqual(["EMAIL"]);

    const reply = (token: string) => notifyPost({ source_number: "447700900789", message: "STOP" }, token);
    expect((await notifyInbound(reply("wrong-token-wrong"))).status).toBe(401);
    expect(await consents(other.id)).toEqual(["SMS"]);
    expect((await notifyInbound(reply(TOKEN))).status).toBe(204);
    expect(await consents(other.id)).toEqual([]);

    const audited = await db.auditEvent.findMany({
      where: { action: "customer.consent.withdrawn_by_text_reply" },
      select: { entityId: true, actorId: true },
    });
    expect(audited.map((event) => event.entityId).sort()).toEqual([texter.id, other.id].sort());
    expect(audited.every((event) => event.actorId === null)).toBe(true);
  });
});
