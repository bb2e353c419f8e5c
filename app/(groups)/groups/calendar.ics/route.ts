import { getCurrentUser } from "@/lib/auth/session";
import { groupMeetingsCalendar } from "@/lib/groups/calendar-feed";

export const dynamic = "force-dynamic";

/** The signed-in member's group meetings as an iCalendar file, to add to their own calendar. */
export const GET = async () => {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to get your groups' meetings.", { status: 401 });
  return new Response(await groupMeetingsCalendar(user), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="group-meetings.ics"',
      "Cache-Control": "private, no-store",
    },
  });
};
