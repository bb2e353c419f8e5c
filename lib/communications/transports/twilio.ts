import { env } from "@/lib/env";
import { PROVIDER_TIMEOUT_MS, ProviderError, problemFromStatus, type Transport } from "./types";

export type TwilioSettings = {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
  callbackUrl: string;
  timeoutMs?: number;
};

/**
 * Text messages through Twilio's REST API (Messages resource). Delivery receipts come back to `callbackUrl`, signed
 * with the auth token (app/api/receipts/twilio). Any provider speaking the same API can be pointed at by base URL.
 */
export const twilioTransport = (settings: TwilioSettings): Transport => {
  const url = `${settings.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString("base64")}`;
  return {
    name: "twilio",
    perSecond: 10,
    send: async (message) => {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { authorization, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            To: message.to,
            From: settings.from,
            Body: message.text,
            StatusCallback: settings.callbackUrl,
          }),
          signal: AbortSignal.timeout(settings.timeoutMs ?? PROVIDER_TIMEOUT_MS),
        });
      } catch {
        throw new ProviderError("The text message provider did not answer in time.", "temporary");
      }
      const body = (await response.json().catch(() => ({}))) as { sid?: string; message?: string };
      if (response.status === 401 || response.status === 403) {
        throw new ProviderError("The text message provider refused the account key.", "refused");
      }
      if (!response.ok) throw problemFromStatus(response.status, body.message ?? `HTTP ${response.status}`);
      return { providerId: body.sid ?? null };
    },
  };
};

export const twilioFromEnv = () =>
  twilioTransport({
    baseUrl: env.TWILIO_BASE_URL,
    accountSid: env.TWILIO_ACCOUNT_SID ?? "",
    authToken: env.TWILIO_AUTH_TOKEN ?? "",
    from: env.TWILIO_FROM ?? "",
    callbackUrl: `${env.APP_URL}/api/receipts/twilio`,
  });
