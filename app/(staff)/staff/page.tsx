import type { Metadata } from "next";
import Link from "next/link";
import { ReviewAlerts } from "@/components/strategy/review-alerts";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { OverdueOutcomes } from "@/components/consultations/overdue-outcomes";
import { OverdueFeedback } from "@/components/feedback/overdue-feedback";
import { getStaffOverview } from "@/lib/people/queries";
import { getReviewAlerts } from "@/lib/strategy/queries";

export const metadata: Metadata = { title: "Staff area" };

const StaffHome = async () => {
  const user = await requireRole(AREA_ROLES.staff);
  const [overview, reviewAlerts] = await Promise.all([getStaffOverview(), getReviewAlerts(new Date())]);
  return (
    <>
      <PageHeading caption={`Signed in as ${user.name}`}>Staff area</PageHeading>
      {/* The officer's main job first: asking tenants; the rest of the day's work is one click away. */}
      <p className="mb-4">
        <ButtonLink href="/staff/consultations/new">Create a consultation</ButtonLink>
      </p>
      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/staff/events">Events and attendance at the door</Link>
        </li>
        <li>
          <Link href="/staff/customers">Find a customer</Link>
        </li>
        <li>
          <Link href="/staff/consultations">Consultations and results</Link>
        </li>
      </ul>
      <ReviewAlerts alerts={reviewAlerts} strategyLink="/staff/strategy" />
      <h2 className="mb-2 text-2xl font-bold">Your customers</h2>
      <dl className="grid max-w-2xl grid-cols-2 gap-4">
        <div className="border-l-4 border-green-800 pl-3">
          <dt>Active customers</dt>
          <dd className="text-3xl font-bold">{overview.activeCustomers}</dd>
        </div>
        <div className="border-l-4 border-green-800 pl-3">
          <dt>Areas</dt>
          <dd className="text-3xl font-bold">{overview.areas}</dd>
        </div>
      </dl>
      <OverdueOutcomes />
      <OverdueFeedback />
    </>
  );
};

export default StaffHome;
