import type { Metadata } from "next";
import { PublicEventList } from "@/components/events/public-event-list";
import { readCalendarChoice } from "@/lib/events/calendar-path";

export const metadata: Metadata = { title: "Find an event" };

type Props = { params: Promise<{ area: string; kind: string; page: string }> };

// No choice is rendered by the build (it never reads the database); each is rendered on its first request and then
// cached like /events. The calendar's links come here; the filter form's /events/find?… is rewritten here by the
// proxy (lib/events/calendar-path.ts).
export const generateStaticParams = async () => [];

/** The calendar for a chosen area, kind or page. */
const FindEventsPage = async ({ params }: Props) => {
  const { filters, page } = readCalendarChoice(await params);
  return <PublicEventList filters={filters} page={page} />;
};

export default FindEventsPage;
