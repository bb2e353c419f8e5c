import { NotifyClient } from "notifications-node-client";
import { env } from "@/lib/env";
import type { SendChannel } from "../choose-channel";
import { PROVIDER_TIMEOUT_MS, ProviderError, problemFromStatus, type OutgoingMessage, type Transport } from "./types";

export type NotifySettings = { baseUrl: string; apiKey: string; templateId: string; timeoutMs?: number };

type RestOptions = { method: string; url: string; data?: unknown; headers: Record<string, string> };
type NotifyFailure = { response?: { status: number; data?: { errors?: { error: string; message: string }[] } } };

// The client's requests go through fetch with a time limit (its own axios has none), answering in axios's shape.
const fetchClient =
  (timeoutMs: number) =>
  async ({ method, url, data, headers }: RestOptions) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: method.toUpperCase(),
        headers: { ...headers, "content-type": "application/json" },
        body: data === undefined ? undefined : JSON.stringify(data),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new ProviderError("GOV.UK Notify did not answer in time.", "temporary");
    }
    const body: unknown = await response.json().catch(() => ({}));
    if (!response.ok)
      throw Object.assign(new Error(`HTTP ${response.status}`), { response: { status: response.status, data: body } });
    return { status: response.status, data: body };
  };

const problem = (error: unknown) => {
  if (error instanceof ProviderError) return error;
  const response = (error as NotifyFailure).response;
  if (!response) return new ProviderError((error as Error).message, "temporary");
  const first = response.data?.errors?.[0];
  if (response.status === 403) return new ProviderError("GOV.UK Notify refused the API key.", "refused");
  return problemFromStatus(response.status, first ? `${first.error}: ${first.message}` : `HTTP ${response.status}`);
};

// Notify letters need the address as numbered lines, the last being the postcode.
const addressLines = (to: string) =>
  Object.fromEntries(
    to
      .split("\n")
      .slice(0, 7)
      .map((line, index) => [`address_line_${index + 1}`, line]),
  );

/**
 * GOV.UK Notify: email, text and letter, each through a template of the service's whose personalisation is
 * ((subject)) and ((body)). Receipts come to app/api/receipts/notify with the callback bearer token.
 */
export const notifyTransport = (channel: SendChannel, settings: NotifySettings): Transport => {
  const client = new NotifyClient(settings.baseUrl, settings.apiKey);
  client.setClient(fetchClient(settings.timeoutMs ?? PROVIDER_TIMEOUT_MS) as never);
  const send = (message: OutgoingMessage) => {
    const personalisation = { subject: message.subject, body: message.text };
    const options = { personalisation, reference: message.deliveryId };
    // Notify sets the List-Unsubscribe headers itself from this address.
    if (channel === "EMAIL") {
      return client.sendEmail(settings.templateId, message.to, {
        ...options,
        oneClickUnsubscribeURL: message.unsubscribeUrl,
      });
    }
    if (channel === "SMS") return client.sendSms(settings.templateId, message.to, options);
    return client.sendLetter(settings.templateId, {
      ...options,
      personalisation: { ...personalisation, ...addressLines(message.to) },
    });
  };
  return {
    name: "notify",
    // Notify allows 3,000 messages a minute per service.
    perSecond: 50,
    send: async (message) => {
      try {
        const response = await send(message);
        return { providerId: (response.data as { id?: string }).id ?? null };
      } catch (error) {
        throw problem(error);
      }
    },
  };
};

const TEMPLATE = {
  EMAIL: () => env.NOTIFY_EMAIL_TEMPLATE_ID,
  SMS: () => env.NOTIFY_SMS_TEMPLATE_ID,
  LETTER: () => env.NOTIFY_LETTER_TEMPLATE_ID,
} as const;

export const notifyFromEnv = (channel: SendChannel) =>
  notifyTransport(channel, {
    baseUrl: env.NOTIFY_BASE_URL,
    apiKey: env.NOTIFY_API_KEY ?? "",
    templateId: TEMPLATE[channel]() ?? "",
  });
