import type { Metadata } from "next";
import Link from "next/link";
import { WorkListSection } from "@/components/staff/work-list";
import { ReviewAlerts } from "@/components/strategy/review-alerts";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getCachedStaffOverview } from "@/lib/people/staff-overview";
import { getReviewAlerts } from "@/lib/strategy/queries";
import { getWorkList } from "@/lib/work-list/queries";

export const metadata: Metadata = { title: "Staff area" };

const StaffHome = async () => {
  const user = await requireRole(AREA_ROLES.staff);
  const now = new Date();
  const [work, overview, reviewAlerts] = await Promise.all([
    getWorkList(now, user.id),
    getCachedStaffOverview(),
    getReviewAlerts(now),
  ]);
  return (
    <>
      <PageHeading caption={`Signed in as ${user.name}`}>Staff area</PageHeading>
      {/* What is waiting comes first: the home page is the officer's work list. */}
      <WorkListSection work={work} />
      <p className="mb-4">
        <ButtonLink href="/staff/consultations/new">Create a consultation</ButtonLink>
      </p>
      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/staff/feedback">Feedback and complaints</Link>
        </li>
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
    </>
  );
};

export default StaffHome;
