import type { Metadata } from "next";
import Link from "next/link";
import { ReviewTable } from "@/components/scrutiny/review-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listReviews } from "@/lib/scrutiny/queries";

export const metadata: Metadata = { title: "Scrutiny reviews" };

const ScrutinyPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const reviews = await listReviews("staff");
  return (
    <>
      <PageHeading>Scrutiny reviews</PageHeading>
      <ul className="mb-6 space-y-1">
        <li>
          <Link href="/staff/scrutiny/new">Start a scrutiny review</Link>
        </li>
        <li>
          <a href="/board/scrutiny/tracker.csv" download>
            Download the recommendation tracker (CSV)
          </a>
        </li>
      </ul>
      <ReviewTable reviews={reviews} href={(id) => `/staff/scrutiny/${id}`} caption="Scrutiny reviews" />
    </>
  );
};

export default ScrutinyPage;
