import { z } from "zod";
import { handleTextReply, notifyTokenAccepted } from "@/lib/communications/receipts";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const ZReply = z.object({ source_number: z.string().min(1).max(30), message: z.string().max(2000) });

/** A text message a tenant sent back through GOV.UK Notify: STOP withdraws their text consent. */
export const POST = async (request: Request) => {
  if (!notifyTokenAccepted(request.headers.get("authorization"), env.NOTIFY_CALLBACK_TOKEN)) {
    return new Response("Not authorised", { status: 401 });
  }
  const parsed = ZReply.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response("Not a received text message", { status: 400 });
  await handleTextReply(parsed.data.source_number, parsed.data.message);
  return new Response(null, { status: 204 });
};
