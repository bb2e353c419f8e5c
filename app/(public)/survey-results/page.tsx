import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/cache/build-phase";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { getLandlord } from "@/lib/landlord/queries";
import { TENURE_LABEL } from "@/lib/surveys/measure-labels";
import { getComparedResults, listPublishedRounds, type Round } from "@/lib/surveys/queries";
import { METHOD_STATEMENT_FIELDS } from "@/lib/surveys/schemas";
import { type ComparedMeasure, groupsFor, plainFinding } from "@/lib/surveys/results-rules";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Tenant satisfaction survey results" };

const figure = (measure: ComparedMeasure, group: string) => {
  const tally = measure.groups.find((entry) => entry.group === group);
  if (!tally || tally.percent === null) return "Nobody answered";
  return `${tally.percent.toFixed(1)}% of ${tally.base.toLocaleString("en-GB")}`;
};

const PublishedRound = async ({ round, regulator }: { round: Round; regulator: string }) => {
  const results = await getComparedResults(round, { publishedOnly: true });
  const year = financialYearLabel(round.year);
  const groups = groupsFor(round.regime);
  return (
    <section aria-labelledby={`round-${round.year}`} className="mb-12">
      <h2 id={`round-${round.year}`} className="mb-2 text-2xl font-bold">
        Survey {year}
      </h2>
      <p className="mb-4 max-w-2xl">
        {results.respondents.all.toLocaleString("en-GB")} tenants answered. These are the {regulator} we must publish.
        Each figure counts only the people who answered that question.
      </p>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <h3 className="mb-2 text-xl font-bold">What tenants told us</h3>
          <ul className="mb-6 list-disc space-y-1 pl-6">
            {results.measures.map((measure) => {
              const all = measure.groups.find((entry) => entry.group === "all");
              const sentence = all && plainFinding(measure.code, all);
              return sentence && <li key={measure.code}>{sentence}.</li>;
            })}
          </ul>
          <DataTable
            caption={`Survey ${year}: percentage positive and number who answered`}
            rowKey={(measure) => measure.code}
            rows={results.measures}
            columns={[
              { header: "Measure", cell: (measure) => `${measure.code} ${measure.name}` },
              ...groups.map((group) => ({
                header: TENURE_LABEL[group],
                cell: (measure: ComparedMeasure) => figure(measure, group),
              })),
            ]}
          />
        </div>
        <aside aria-labelledby={`method-${round.year}`}>
          <h3 id={`method-${round.year}`} className="mb-2 text-xl font-bold">
            How we did the survey
          </h3>
          <SummaryList
            stacked
            rows={METHOD_STATEMENT_FIELDS.map(({ name, label }) => ({
              term: label,
              value: round[name] ?? "Not given",
            }))}
          />
        </aside>
      </div>
    </section>
  );
};

const SurveyResultsPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/cache/build-phase.ts).
  if (isBuildPhase()) return null;
  const landlord = await getLandlord();
  const rounds = await listPublishedRounds(landlord.regime);
  const regulator =
    landlord.regime === "ENGLAND"
      ? "tenant satisfaction measures"
      : "Scottish Social Housing Charter survey indicators";
  return (
    <>
      <PageHeading caption={landlord.name}>What tenants told us in our satisfaction survey</PageHeading>
      <p className="mb-8 max-w-2xl">
        Every year we ask tenants how satisfied they are with their home and our services. Here are the results, and how
        we carried out the survey.
      </p>
      {rounds.length === 0 ? (
        <p>We have not published any survey results yet.</p>
      ) : (
        rounds.map((round) => <PublishedRound key={round.id} round={round} regulator={regulator} />)
      )}
    </>
  );
};

export default SurveyResultsPage;
