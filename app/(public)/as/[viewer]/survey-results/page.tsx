import type { Metadata } from "next";
import Link from "next/link";
import { PublishedRound } from "@/components/surveys/published-round";
import { PageHeading } from "@/components/ui/page-heading";
import { isBuildPhase } from "@/lib/build-phase";
import { getLandlord } from "@/lib/landlord/queries";
import { listPublishedRounds, listPublishedYears } from "@/lib/surveys/queries";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Tenant satisfaction survey results" };

/** The latest published survey in full; each earlier year has a page of its own (they made this page 77 kB). */
const SurveyResultsPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  const landlord = await getLandlord();
  const [[latest], years] = await Promise.all([
    listPublishedRounds(landlord.regime, 1),
    listPublishedYears(landlord.regime),
  ]);
  const earlier = years.filter((year) => year !== latest?.year);
  return (
    <>
      <PageHeading caption={landlord.name}>What tenants told us in our satisfaction survey</PageHeading>
      <p className="mb-8 max-w-2xl">
        Every year we ask tenants how satisfied they are with their home and our services. Here are the latest results,
        and how we carried out the survey.
      </p>
      {latest ? <PublishedRound round={latest} /> : <p>We have not published any survey results yet.</p>}
      {earlier.length > 0 && (
        <section aria-labelledby="earlier-surveys">
          <h2 id="earlier-surveys" className="mb-2 text-2xl font-bold">
            Earlier surveys
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {earlier.map((year) => (
              <li key={year}>
                <Link href={`/survey-results/${year}`}>Survey {financialYearLabel(year)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
};

export default SurveyResultsPage;
