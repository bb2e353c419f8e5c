import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { eventFormValues } from "@/lib/events/form-values";
import { getEventFormOptions, getStaffEvent } from "@/lib/events/queries";
import { updateEventAction } from "../../actions";

export const metadata: Metadata = { title: "Change an event" };

const EditEventPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const [event, options] = await Promise.all([getStaffEvent((await params).id), getEventFormOptions()]);
  if (!event) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/staff/events/${event.id}`}>Back to {event.title}</Link>
      </p>
      <PageHeading caption={event.title}>Change the event</PageHeading>
      <EventForm
        action={updateEventAction}
        options={options}
        values={eventFormValues(event)}
        eventId={event.id}
        submitLabel="Save changes"
      />
    </div>
  );
};

export default EditEventPage;
