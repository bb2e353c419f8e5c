import { env } from "@/lib/env";
import { toICalendar } from "@/lib/events/icalendar";
import { listCalendarFeed } from "@/lib/events/queries";
import { getLandlord } from "@/lib/landlord/queries";

export const dynamic = "force-dynamic";

/** The public events as an iCalendar feed that calendar apps can subscribe to. */
export const GET = async () => {
  const now = new Date();
  const [events, landlord] = await Promise.all([listCalendarFeed(now), getLandlord()]);
  const base = new URL(env.APP_URL);
  const body = toICalendar(events, {
    name: `${landlord.name} events`,
    now,
    domain: base.hostname,
    eventUrl: (id) => new URL(`/events/${id}`, base).href,
  });
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="events.ics"' },
  });
};
