import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { EventFacts } from "@/components/events/event-facts";
import { RegistrationForm } from "@/components/events/registration-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { REGISTRATION_STATUS_LABEL, registrationOutcome } from "@/lib/events/labels";
import { getNeedsFromRecord, getOwnRegistration, getPublicEvent } from "@/lib/events/queries";
import { registrationWindowProblem } from "@/lib/events/rules";
import { cancelMyRegistrationAction, registerMyselfAction } from "../actions";

// One read per request, shared by the page and its title.
const readEvent = cache(getPublicEvent);

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => {
  const event = await readEvent((await params).id);
  return { title: event ? `${event.title}: register for an event` : "Register for an event" };
};

const TenantEventPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { customerId } = await requireCustomer();
  const id = (await params).id;
  const [event, registration, needs] = await Promise.all([
    readEvent(id),
    getOwnRegistration(id, customerId),
    getNeedsFromRecord(customerId),
  ]);
  if (!event) notFound();
  const closed = registrationWindowProblem(event, new Date());
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/tenant/events">Your events</Link>
      </p>
      <PageHeading caption="Register for an event">{event.title}</PageHeading>
      <EventFacts event={event} />
      {!registration && <h2 className="mb-2 text-2xl font-bold">Register for this event</h2>}
      {closed && !registration ? (
        <p className="text-lg font-bold">{closed}</p>
      ) : (
        <RegistrationForm
          action={registerMyselfAction}
          eventId={event.id}
          needs={needs}
          place={
            registration && (
              <section aria-labelledby="your-place">
                <h2 id="your-place" className="mb-2 text-2xl font-bold">
                  Your place: {REGISTRATION_STATUS_LABEL[registration.status].toLowerCase()}
                </h2>
                <p className="mb-4">{registrationOutcome(registration.status, false)}</p>
                {registration.status === "REGISTERED" && registration.event.joiningLink && (
                  <p className="mb-4">
                    Join online at <a href={registration.event.joiningLink}>{registration.event.joiningLink}</a>
                  </p>
                )}
                <ActionButton action={cancelMyRegistrationAction} fields={{ registrationId: registration.id }}>
                  Cancel my place
                </ActionButton>
              </section>
            )
          }
        />
      )}
    </div>
  );
};

export default TenantEventPage;
