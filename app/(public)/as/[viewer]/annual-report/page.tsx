import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { listPublishedReports } from "@/lib/annual-report/queries";
import { isBuildPhase } from "@/lib/build-phase";
import { getLandlord } from "@/lib/landlord/queries";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Annual report to tenants" };

/** Every year's published report, newest first; each stays readable as it was published. */
const AnnualReportsPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  const [landlord, reports] = await Promise.all([getLandlord(), listPublishedReports()]);
  return (
    <div className="max-w-3xl">
      <PageHeading caption={landlord.name}>Our annual report to tenants</PageHeading>
      <p className="mb-6">
        Each year we report to you on how we did: what you told us, our targets, complaints, what we changed and how
        tenants took part. See also <Link href="/service-standards">our service standards</Link>.
      </p>
      {reports.length === 0 ? (
        <p>We have not published an annual report yet.</p>
      ) : (
        <ul className="list-disc space-y-2 pl-6">
          {reports.map((report) => (
            <li key={report.year}>
              <Link href={`/annual-report/${report.year}`}>Annual report {financialYearLabel(report.year)}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

export default AnnualReportsPage;
