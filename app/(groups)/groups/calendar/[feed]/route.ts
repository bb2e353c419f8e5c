import { z } from "zod";
import { calendarForToken } from "@/lib/groups/calendar-feed";

export const dynamic = "force-dynamic";

const ZFeed = z.object({
  feed: z
    .string()
    .max(60)
    .regex(/\.ics$/),
});

/** A member's group meetings at their secret address, for a calendar program to subscribe to (no session). */
export const GET = async (_request: Request, { params }: { params: Promise<{ feed: string }> }) => {
  const parsed = ZFeed.safeParse(await params);
  const body = parsed.success ? await calendarForToken(parsed.data.feed.slice(0, -".ics".length)) : null;
  if (!body)
    return new Response("We could not find that calendar.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
};
