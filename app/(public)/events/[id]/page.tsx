import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventFacts } from "@/components/events/event-facts";
import { PageHeading } from "@/components/ui/page-heading";
import { getPublicEvent } from "@/lib/events/queries";

// One read per request, shared by the page and its title.
const readEvent = cache(getPublicEvent);

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => {
  const event = await readEvent((await params).id);
  return { title: event ? `${event.title}: event` : "Event" };
};

export const dynamic = "force-dynamic";

const PublicEventPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const event = await readEvent((await params).id);
  if (!event) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/events">Back to all events</Link>
      </p>
      <PageHeading caption="Event">{event.title}</PageHeading>
      {event.description && <p className="mb-6 whitespace-pre-line">{event.description}</p>}
      <EventFacts event={event} />
      <p>
        <Link href={`/tenant/events/${event.id}`} className="text-xl font-bold">
          Register for this event
        </Link>
      </p>
      <p className="mt-2 text-gray-700">
        If you are not signed in, you will be asked to sign in first. Or phone us and we will register you.
      </p>
    </div>
  );
};

export default PublicEventPage;
