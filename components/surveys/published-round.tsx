import { DataTable } from "@/components/ui/data-table";
import { SummaryList } from "@/components/ui/summary-list";
import { TENURE_LABEL } from "@/lib/surveys/measure-labels";
import { getComparedResults, type Round } from "@/lib/surveys/queries";
import { METHOD_STATEMENT_FIELDS } from "@/lib/surveys/schemas";
import { type ComparedMeasure, groupsFor, plainFinding } from "@/lib/surveys/results-rules";
import { financialYearLabel } from "@/lib/uk-time";

/** What the regulator calls the figures each landlord must publish. */
const REGULATOR_MEASURES = {
  ENGLAND: "tenant satisfaction measures",
  SCOTLAND: "Scottish Social Housing Charter survey indicators",
} as const;

const figure = (measure: ComparedMeasure, group: string) => {
  const tally = measure.groups.find((entry) => entry.group === group);
  if (!tally || tally.percent === null) return "Nobody answered";
  return `${tally.percent.toFixed(1)}% of ${tally.base.toLocaleString("en-GB")}`;
};

/** One year's published results with its method statement, as the public reads them. */
export const PublishedRound = async ({ round }: { round: Round }) => {
  const results = await getComparedResults(round, { publishedOnly: true });
  const year = financialYearLabel(round.year);
  const groups = groupsFor(round.regime);
  return (
    <section aria-labelledby={`round-${round.year}`} className="mb-12">
      <h2 id={`round-${round.year}`} className="mb-2 text-2xl font-bold">
        Survey {year}
      </h2>
      <p className="mb-4 max-w-2xl">
        {results.respondents.all.toLocaleString("en-GB")} tenants answered. These are the{" "}
        {REGULATOR_MEASURES[round.regime]} we must publish. Each figure counts only the people who answered that
        question.
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
