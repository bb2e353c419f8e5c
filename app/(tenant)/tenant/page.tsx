import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { isSurveyOpenFor } from "@/lib/surveys/queries";

export const metadata: Metadata = { title: "Your involvement" };

const TenantHome = async () => {
  const user = await requireRole(AREA_ROLES.tenant);
  const surveyOpen = user.customerId ? await isSurveyOpenFor(user.customerId) : false;
  return (
    <>
      <PageHeading caption={`Hello, ${user.name}`}>Your involvement</PageHeading>
      <p className="mb-4 max-w-2xl">
        This is your page. When we ask for your views, the consultations and surveys you can answer will be listed
        here, with events you can come to and groups you can join.
      </p>
      <p className="mb-4">
        <Link href="/tenant/events">Your events</Link> and <Link href="/events">events you can come to</Link>
      </p>
      <p className="mb-4">
        <Link href="/survey-results">What tenants told us in our satisfaction survey</Link>
      </p>
      <h2 className="mb-2 mt-8 text-2xl font-bold">Your account</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/tenant/details">How we contact you and the help you need</Link>
        </li>
        <li>
          <Link href="/tenant/equality">Equality questions (optional)</Link>
        </li>
        <li>
          <Link href="/tenant/my-data">See, download or delete the information we hold about you</Link>
        </li>
      </ul>
      <h2 className="mb-2 mt-8 text-2xl font-bold">Open for your views</h2>
      {surveyOpen && (
        <p className="mb-4 text-lg font-bold">
          <Link href="/tenant/survey">Tell us how satisfied you are</Link>: our yearly satisfaction survey is open.
        </p>
      )}
      <p>
        <Link href="/tenant/consultations">Consultations you can answer</Link>. We will email you when there is
        something new, if you have agreed to email.
      </p>
    </>
  );
};

export default TenantHome;
