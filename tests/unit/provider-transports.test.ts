import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyTransport } from "@/lib/communications/transports/notify";
import { twilioTransport } from "@/lib/communications/transports/twilio";
import { ProviderError, type OutgoingMessage } from "@/lib/communications/transports/types";
import {
  NOTIFY_API_KEY,
  NOTIFY_SERVICE_ID,
  startProviderStub,
  TWILIO_SID,
  TWILIO_TOKEN,
  type ProviderStub,
} from "@/tests/stubs/provider-stub";

let stub: ProviderStub;
beforeAll(async () => {
  stub = await startProviderStub();
});
afterAll(() => stub.close());

const message = (channel: OutgoingMessage["channel"], to: string): OutgoingMessage => ({
  deliveryId: "d1",
  channel,
  to,
  subject: "Spring newsletter",
  text: "Hello",
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (problem: unknown) => problem,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return { kind: (error as ProviderError).kind, message: (error as ProviderError).message };
};

describe("GOV.UK Notify", () => {
  const notify = (channel: OutgoingMessage["channel"], apiKey = NOTIFY_API_KEY) =>
    notifyTransport(channel, { baseUrl: stub.url, apiKey, templateId: "t1", timeoutMs: 300 });

  it("sends email, text and letter and keeps Notify's id for the receipts", async () => {
    expect((await notify("EMAIL").send(message("EMAIL", "a@example.test"))).providerId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await notify("SMS").send(message("SMS", "07700900123"))).providerId).toMatch(/^[0-9a-f-]{36}$/);
    const letter = message("LETTER", "Morag Campbell\n1 High Street\nDundee\nDD1 1AA");
    expect((await notify("LETTER").send(letter)).providerId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("tells a rate limit, a permanent failure, a timeout and a refused key apart", async () => {
    expect(await refusal(notify("EMAIL").send(message("EMAIL", "rate@example.test")))).toMatchObject({
      kind: "rate-limited",
    });
    expect(await refusal(notify("EMAIL").send(message("EMAIL", "bad@example.test")))).toEqual({
      kind: "refused",
      message: "ValidationError: email_address Not a valid email address",
    });
    expect(await refusal(notify("EMAIL").send(message("EMAIL", "slow@example.test")))).toEqual({
      kind: "temporary",
      message: "GOV.UK Notify did not answer in time.",
    });
    const wrongKey = `involve_test-${NOTIFY_SERVICE_ID}-00000000-0000-4000-8000-000000000000`;
    expect(await refusal(notify("EMAIL", wrongKey).send(message("EMAIL", "a@example.test")))).toEqual({
      kind: "refused",
      message: "GOV.UK Notify refused the API key.",
    });
  });
});

describe("Twilio text messages", () => {
  const twilio = (authToken = TWILIO_TOKEN) =>
    twilioTransport({
      baseUrl: stub.url,
      accountSid: TWILIO_SID,
      authToken,
      from: "Involve",
      callbackUrl: "http://localhost/api/receipts/twilio",
      timeoutMs: 300,
    });

  it("sends a text and keeps Twilio's message id", async () => {
    expect((await twilio().send(message("SMS", "+447700900123"))).providerId).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it("tells a rate limit, a permanent failure, a timeout and a refused key apart", async () => {
    expect((await refusal(twilio().send(message("SMS", "+447700900429")))).kind).toBe("rate-limited");
    expect(await refusal(twilio().send(message("SMS", "+447700900400")))).toEqual({
      kind: "refused",
      message: "The 'To' number is not a valid phone number.",
    });
    expect((await refusal(twilio().send(message("SMS", "+447700900999")))).kind).toBe("temporary");
    expect(await refusal(twilio("wrong").send(message("SMS", "+447700900123")))).toEqual({
      kind: "refused",
      message: "The text message provider refused the account key.",
    });
  });
});
