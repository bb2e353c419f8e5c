import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventFacts } from "@/components/events/event-facts";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { getPublicEvent } from "@/lib/events/queries";
import { OwnPlace } from "../own-place";

// One read per request, shared by the page and its title.
const readEvent = cache(getPublicEvent);

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => {
  const event = await readEvent((await params).id);
  return { title: event ? `${event.title}: register for an event` : "Register for an event" };
};

const TenantEventPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { customerId } = await requireCustomer();
  const id = (await params).id;
  const event = await readEvent(id);
  if (!event) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/tenant/events">Your events</Link>
      </p>
      <PageHeading caption="Register for an event">{event.title}</PageHeading>
      <EventFacts event={event} />
      <OwnPlace event={event} customerId={customerId} />
    </div>
  );
};

export default TenantEventPage;
