import { ActionButton } from "@/components/ui/action-button";
import { RegistrationForm } from "@/components/events/registration-form";
import { REGISTRATION_STATUS_LABEL, registrationOutcome } from "@/lib/events/labels";
import { getNeedsFromRecord, getOwnRegistration, type PublicEvent } from "@/lib/events/queries";
import { registrationWindowProblem } from "@/lib/events/rules";
import { cancelMyRegistrationAction, registerMyselfAction } from "./actions";

/**
 * A tenant's own place at an event, or the form to ask for one: on their event page and on the public event page
 * when they are signed in.
 */
export const OwnPlace = async ({ event, customerId }: { event: PublicEvent; customerId: string }) => {
  const [registration, needs] = await Promise.all([
    getOwnRegistration(event.id, customerId),
    getNeedsFromRecord(customerId),
  ]);
  const closed = registrationWindowProblem(event, new Date());
  return (
    <>
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
    </>
  );
};
