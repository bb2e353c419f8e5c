import type { Metadata } from "next";
import { PublicEventList } from "@/components/events/public-event-list";
import { isBuildPhase } from "@/lib/build-phase";

export const metadata: Metadata = { title: "Events" };

/**
 * The calendar as most visitors first see it, the same for everyone, so cached like the other public pages (the
 * list shows no places left, which change as people register; each event's own page does). Officers' changes to
 * events expire it at once. A chosen area, kind or page is on /events/find.
 */
const EventsPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  return <PublicEventList filters={{}} page={1} />;
};

export default EventsPage;
