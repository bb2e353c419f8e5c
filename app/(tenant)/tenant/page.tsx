import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listOpenForCustomer } from "@/lib/consultations/queries";
import { listNextEvents } from "@/lib/events/queries";
import { count, formatDateTime, plural } from "@/lib/format";
import { isSurveyOpenFor } from "@/lib/surveys/queries";

export const metadata: Metadata = { title: "Your involvement" };

const UPCOMING_SHOWN = 5;

/** The tenant's home: what is open for their views comes first, then events to come to, then their account. */
const TenantHome = async () => {
  const user = await requireRole(AREA_ROLES.tenant);
  const now = new Date();
  const [surveyOpen, consultations, events] = await Promise.all([
    user.customerId ? isSurveyOpenFor(user.customerId) : false,
    user.customerId ? listOpenForCustomer(user.customerId, now) : [],
    listNextEvents(now, UPCOMING_SHOWN),
  ]);
  const waiting = consultations.filter((consultation) => consultation.step === "respond");
  return (
    <>
      <PageHeading caption={`Hello, ${user.name}`}>Your involvement</PageHeading>
      <h2 className="mb-2 text-2xl font-bold">Open for your views</h2>
      {surveyOpen && (
        <p className="mb-4 text-lg font-bold">
          <Link href="/tenant/survey">Tell us how satisfied you are</Link>: our yearly satisfaction survey is open.
        </p>
      )}
      {consultations.length === 0 ? (
        <p className="mb-4">
          There is nothing open for your views just now. We will email you when there is, if you have agreed to email.
        </p>
      ) : (
        <>
          <p className="mb-2">
            {waiting.length === 0
              ? "You have answered every open consultation. Thank you."
              : `${count(waiting.length, "consultation")} ${plural(waiting.length, "is", "are")} waiting for your answer.`}
          </p>
          <ul className="mb-4 space-y-3">
            {consultations.map((consultation) => (
              <li key={consultation.id} className="border-l-4 border-green-800 pl-4">
                <Link href={`/tenant/consultations/${consultation.id}`} className="text-lg font-bold">
                  {consultation.title}
                </Link>
                <p>
                  {consultation.step === "respond" && `Open until ${formatDateTime(consultation.closesAt)}.`}
                  {consultation.step === "amend" &&
                    `You have answered. You can change your answers until ${formatDateTime(consultation.closesAt)}.`}
                  {consultation.step === "responded-offline" && "We have your answers. Thank you."}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mb-8">
        <Link href="/tenant/consultations">All your consultations</Link>
      </p>
      <h2 className="mb-2 text-2xl font-bold">Events you can come to</h2>
      {events.length === 0 ? (
        <p className="mb-4">No events are planned just now.</p>
      ) : (
        <ul className="mb-4 space-y-3">
          {events.map((event) => (
            <li key={event.id}>
              <Link href={`/tenant/events/${event.id}`} className="font-bold">
                {event.title}
              </Link>
              <p>{formatDateTime(event.startsAt)}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mb-8">
        <Link href="/tenant/events">Your events</Link> and <Link href="/events">the full calendar</Link>
      </p>
      <p className="mb-4">
        <Link href="/get-involved">Ways to get involved</Link>: groups and panels you can ask to join, and{" "}
        <Link href="/tenant/groups">your requests to join</Link>
      </p>
      <p className="mb-4">
        <Link href="/survey-results">What tenants told us in our satisfaction survey</Link>
      </p>
      <h2 className="mb-2 mt-8 text-2xl font-bold">Your account</h2>
      <ul className="mb-8 list-disc space-y-1 pl-6">
        <li>
          <Link href="/tenant/feedback">Give feedback, a compliment or a complaint, and see our replies</Link>
        </li>
        <li>
          <Link href="/tenant/details">How we contact you and the help you need</Link>
        </li>
        <li>
          <Link href="/tenant/evaluations">Tell us how taking part went for you</Link>
        </li>
        <li>
          <Link href="/tenant/training">Training you would like</Link>
        </li>
        <li>
          <Link href="/tenant/household">Who lives with you (optional)</Link>
        </li>
        <li>
          <Link href="/tenant/equality">Equality questions (optional)</Link>
        </li>
        <li>
          <Link href="/tenant/my-data">See, download or delete the information we hold about you</Link>
        </li>
      </ul>
    </>
  );
};

export default TenantHome;
