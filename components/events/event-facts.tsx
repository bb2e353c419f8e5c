import { SummaryList } from "@/components/ui/summary-list";
import { formatDateTime } from "@/lib/format";
import { EVENT_FORMAT_LABEL, EVENT_KIND_LABEL } from "@/lib/events/labels";
import type { PublicEvent } from "@/lib/events/queries";
import { registrationClosesAt } from "@/lib/events/rules";

/** The facts about an event that tenants and staff both see. */
export const EventFacts = ({ event }: { event: PublicEvent }) => {
  const taken = event._count.registrations;
  return (
    <SummaryList
      rows={[
        { term: "Kind", value: EVENT_KIND_LABEL[event.kind] },
        { term: "When", value: `${formatDateTime(event.startsAt)} to ${formatDateTime(event.endsAt)}` },
        { term: "How to take part", value: EVENT_FORMAT_LABEL[event.format] },
        ...(event.venue ? [{ term: "Where", value: event.venue }] : []),
        { term: "Access", value: event.accessibilityNotes ?? "Ask us about access before you come." },
        { term: "Area", value: event.area?.name ?? "All areas" },
        ...(event.group ? [{ term: "Group", value: event.group.name }] : []),
        ...(event.course ? [{ term: "Training course", value: event.course.title }] : []),
        ...(event.partners.length > 0 ? [{ term: "Run with", value: event.partners.join(", ") }] : []),
        {
          term: "Places",
          value:
            event.capacity === null
              ? "No limit"
              : `${Math.max(0, event.capacity - taken)} of ${event.capacity} left${taken >= event.capacity ? " (waiting list open)" : ""}`,
        },
        {
          term: "Registration",
          value: `${event.registrationOpensAt ? `Opens ${formatDateTime(event.registrationOpensAt)}, closes` : "Closes"} ${formatDateTime(registrationClosesAt(event))}`,
        },
      ]}
    />
  );
};
