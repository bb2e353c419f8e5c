import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/events/event-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getEventFormOptions } from "@/lib/events/queries";
import { createEventAction } from "../actions";

export const metadata: Metadata = { title: "Add an event" };

const NewEventPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const options = await getEventFormOptions();
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/staff/events">Back to events</Link>
      </p>
      <PageHeading>Add an event</PageHeading>
      <EventForm action={createEventAction} options={options} submitLabel="Add the event" />
    </div>
  );
};

export default NewEventPage;
