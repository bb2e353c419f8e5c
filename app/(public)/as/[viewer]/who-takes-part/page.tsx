import type { Metadata } from "next";
import Link from "next/link";
import { ReachSummaryTables, SeldomHeardList } from "@/components/reach/reach-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { isBuildPhase } from "@/lib/build-phase";
import { getLandlord } from "@/lib/landlord/queries";
import { getReachSummary } from "@/lib/reach/summary";
import { financialYearOf } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Who takes part" };

/** An anonymous summary for tenants and the public: shares only, never counts or names. */
const WhoTakesPartPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  const [landlord, summary] = await Promise.all([getLandlord(), getReachSummary(financialYearOf(new Date()))]);
  return (
    <>
      <PageHeading caption={landlord.name}>Who takes part</PageHeading>
      <p className="mb-4 max-w-2xl">
        We want the people who help shape our services to be like the people who live in our homes. Here is how the
        people who took part in {summary.period} compare with all our customers. We show percentages only, and hide any
        based on very few people, so nobody can be identified.
      </p>
      <h2 className="mb-2 text-2xl font-bold">We would like to hear more from</h2>
      <SeldomHeardList summary={summary} />
      <ReachSummaryTables summary={summary} />
      <p className="mt-8">
        <Link href="/get-involved">Ways to get involved</Link>
      </p>
    </>
  );
};

export default WhoTakesPartPage;
