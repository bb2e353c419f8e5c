import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventFacts } from "@/components/events/event-facts";
import { PageHeading } from "@/components/ui/page-heading";
import { OwnPlace } from "@/app/(tenant)/tenant/events/own-place";
import { getCurrentUser } from "@/lib/auth/session";
import { roleOf } from "@/lib/auth/viewer";
import { getPublicEvent, type PublicEvent } from "@/lib/events/queries";

// One read per request, shared by the page and its title.
const readEvent = cache(getPublicEvent);

type Params = { params: Promise<{ viewer: string; id: string }> };

export const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
  const event = await readEvent((await params).id);
  return { title: event ? `${event.title}: event` : "Event" };
};

export const dynamic = "force-dynamic";

/** What a visitor can do about a place: a signed-in tenant registers here; staff manage it in their area. */
const Registration = async ({ viewer, event }: { viewer: string; event: PublicEvent }) => {
  const role = roleOf(viewer);
  // The session is checked in the database: a copy of a signed-out cookie gets the stranger's offer.
  const user = role ? await getCurrentUser() : null;
  if (user?.customerId) return <OwnPlace event={event} customerId={user.customerId} />;
  if (user && user.role !== "TENANT")
    return user.role === "BOARD" ? null : (
      <p>
        <Link href={`/staff/events/${event.id}`}>Places and registrations for this event</Link>
      </p>
    );
  return (
    <>
      <p>
        <Link href={`/tenant/events/${event.id}`} className="text-xl font-bold">
          Register for this event
        </Link>
      </p>
      <p className="mt-2 text-gray-700">
        If you are not signed in, you will be asked to sign in first. Or phone us and we will register you.
      </p>
    </>
  );
};

const PublicEventPage = async ({ params }: Params) => {
  const { viewer, id } = await params;
  const event = await readEvent(id);
  if (!event) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/events">Back to all events</Link>
      </p>
      <PageHeading caption="Event">{event.title}</PageHeading>
      {event.description && <p className="mb-6 whitespace-pre-line">{event.description}</p>}
      <EventFacts event={event} />
      <Registration viewer={viewer} event={event} />
    </div>
  );
};

export default PublicEventPage;
