import { handleTextReply } from "@/lib/communications/receipts";
import { readSignedTwilioWebhook } from "@/lib/communications/twilio-webhook";

export const dynamic = "force-dynamic";

/** A text message a tenant sent back (Twilio's incoming message webhook): STOP withdraws their text consent. */
export const POST = async (request: Request) => {
  const params = await readSignedTwilioWebhook(request, "/api/receipts/twilio/inbound");
  if (!params) return new Response("Not authorised", { status: 401 });
  await handleTextReply(params.get("From") ?? "", params.get("Body") ?? "");
  // An empty TwiML answer: no automatic reply beyond the network's own STOP confirmation.
  return new Response("<Response></Response>", { headers: { "content-type": "text/xml" } });
};
