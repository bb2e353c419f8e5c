import { notifyTokenAccepted, recordOutcome, ZNotifyReceipt } from "@/lib/communications/receipts";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** GOV.UK Notify's delivery receipt for one message, with the callback bearer token. */
export const POST = async (request: Request) => {
  if (!notifyTokenAccepted(request.headers.get("authorization"), env.NOTIFY_CALLBACK_TOKEN)) {
    return new Response("Not authorised", { status: 401 });
  }
  const parsed = ZNotifyReceipt.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response("Not a delivery receipt", { status: 400 });
  if (parsed.data) await recordOutcome(parsed.data);
  return new Response(null, { status: 204 });
};
