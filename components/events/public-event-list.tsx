import Link from "next/link";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { SelectField } from "@/components/ui/select-field";
import { EVENT_FORMAT_LABEL, EVENT_KIND_DESCRIPTION, EVENT_KIND_LABEL } from "@/lib/events/labels";
import { listUpcomingEvents } from "@/lib/events/queries";
import { listAreas } from "@/lib/people/areas";
import { calendarPath } from "@/lib/events/calendar-path";
import type { EventFilters } from "@/lib/events/schemas";
import { count, formatDateTime } from "@/lib/format";
import { optionsFrom } from "@/lib/people/labels";

/** Where a chosen area, kind or page is shown: `/events` itself is the same for everyone and cached. */
const FIND_EVENTS_PATH = "/events/find";

/**
 * The public calendar: kinds of event, a filter form and one page of upcoming events. `/events` shows it
 * unfiltered; `/events/find` shows any area, kind and page. Both are cached (lib/events/calendar-path.ts).
 */
export const PublicEventList = async ({ filters, page: asked }: { filters: EventFilters; page: number }) => {
  const [{ rows: events, total, page, pages }, areas] = await Promise.all([
    listUpcomingEvents(filters, new Date(), asked),
    listAreas(),
  ]);
  return (
    <>
      <PageHeading>Events</PageHeading>
      <p className="mb-6 max-w-2xl">
        Everyone is welcome. Events are free. Tell us what help you need to come, such as transport or an interpreter,
        when you register.
      </p>
      {/* "Ways to get involved" names the groups page (/get-involved); here the list is of kinds of event. */}
      <h2 className="mb-2 text-2xl font-bold">Kinds of event</h2>
      <nav aria-label="Kinds of event" className="mb-8">
        <ul className="grid max-w-3xl gap-3 sm:grid-cols-2">
          {optionsFrom(EVENT_KIND_LABEL).map(({ value, label }) => (
            <li key={value}>
              <Link
                href={calendarPath({ kind: value }, 1)}
                className="font-bold"
                aria-current={filters.kind === value ? "page" : undefined}
              >
                {label}
              </Link>
              <p className="text-gray-700">{EVENT_KIND_DESCRIPTION[value]}</p>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mb-2 text-2xl font-bold">Find an event</h2>
      <FilterForm
        label="Events"
        submit="Show events"
        action={FIND_EVENTS_PATH}
        layout="grid max-w-3xl gap-4 sm:grid-cols-3"
      >
        <SelectField
          name="area"
          label="Area"
          options={areas.map((a) => ({ value: a.id, label: a.name }))}
          defaultValue={filters.area}
          emptyLabel="All areas"
        />
        <SelectField
          name="kind"
          label="Kind of event"
          options={optionsFrom(EVENT_KIND_LABEL)}
          defaultValue={filters.kind}
          emptyLabel="All kinds"
        />
      </FilterForm>
      <h2 className="mb-4 text-2xl font-bold">{count(total, "event")} coming up</h2>
      <ul className="mb-8 max-w-3xl space-y-6">
        {events.map((event) => (
          <li key={event.id} className="border-l-4 border-green-800 pl-4">
            <h3 className="text-xl font-bold">
              <Link href={`/events/${event.id}`}>{event.title}</Link>
            </h3>
            <p>
              {formatDateTime(event.startsAt)}. {EVENT_KIND_LABEL[event.kind]},{" "}
              {EVENT_FORMAT_LABEL[event.format].toLowerCase()}
              {event.venue && ` at ${event.venue}`}. {event.area?.name ?? "All areas"}.
            </p>
            {event.partners.length > 0 && <p>Run with {event.partners.join(", ")}.</p>}
          </li>
        ))}
      </ul>
      <Pager
        label="Event pages"
        hrefFor={(to) => calendarPath(filters, to)}
        page={page}
        pages={pages}
        previous="Earlier events"
        next="Later events"
      />
      <p className="mt-8">
        <a href="/events/calendar.ics">Add all events to your calendar (iCalendar file)</a>
      </p>
    </>
  );
};
