import { env } from "@/lib/env";
import { twilioSignatureAccepted } from "./receipts";

/**
 * Reads a Twilio webhook's form fields if its signature is Twilio's, else null. The signed address is the one we gave
 * Twilio (APP_URL and the path), not the one this request arrived at behind a proxy.
 */
export const readSignedTwilioWebhook = async (request: Request, path: string) => {
  const params = new URLSearchParams(await request.text());
  const accepted = twilioSignatureAccepted(
    request.headers.get("x-twilio-signature"),
    env.TWILIO_AUTH_TOKEN,
    `${env.APP_URL}${path}`,
    params,
  );
  return accepted ? params : null;
};
