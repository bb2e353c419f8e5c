import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/auth/session";
import { toICalendar } from "@/lib/events/icalendar";
import { listMyMeetings } from "@/lib/groups/space-queries";

export const dynamic = "force-dynamic";

/** The signed-in member's group meetings as an iCalendar file, to add to their own calendar. */
export const GET = async () => {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to get your groups' meetings.", { status: 401 });
  const now = new Date();
  const meetings = await listMyMeetings(user, now);
  const base = new URL(env.APP_URL);
  const body = toICalendar(
    meetings.map((m) => ({
      id: `group-meeting-${m.id}`,
      title: `${m.group.name}: ${m.title}`,
      description: m.onlineLink ? `Join online at ${m.onlineLink}` : null,
      venue: m.place ?? "Online",
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      updatedAt: m.createdAt,
    })),
    {
      name: "Your group meetings",
      now,
      domain: base.hostname,
      eventUrl: (id) => {
        const meeting = meetings.find((m) => `group-meeting-${m.id}` === id);
        return new URL(meeting ? `/groups/${meeting.groupId}/meetings/${meeting.id}` : "/groups", base).href;
      },
    },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="group-meetings.ics"',
      "Cache-Control": "private, no-store",
    },
  });
};
