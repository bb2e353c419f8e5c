import { recordOutcome, twilioOutcome } from "@/lib/communications/receipts";
import { readSignedTwilioWebhook } from "@/lib/communications/twilio-webhook";

export const dynamic = "force-dynamic";

/** Twilio's status callback for one text message, signed with the account's auth token. */
export const POST = async (request: Request) => {
  const params = await readSignedTwilioWebhook(request, "/api/receipts/twilio");
  if (!params) return new Response("Not authorised", { status: 401 });
  const outcome = twilioOutcome(params);
  if (outcome) await recordOutcome(outcome);
  return new Response(null, { status: 204 });
};
