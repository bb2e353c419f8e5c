import { ROUND_STATUS_LABEL } from "@/lib/surveys/labels";
import type { Metadata } from "next";
import Link from "next/link";
import { BoardNav } from "@/components/kpi/board-nav";
import { readBoardQuery } from "@/lib/kpi/board-request";
import { PerceptionTable } from "@/components/measures/perception-table";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SelectField } from "@/components/ui/select-field";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { TENURE_LABEL } from "@/lib/surveys/measure-labels";
import { displayCode, formatManagementValue } from "@/lib/management-figures/rules";
import { getBoardRound, getComparedResults, listRoundYears } from "@/lib/surveys/queries";
import { getManagementYear, listManagementYears } from "@/lib/management-figures/queries";
import { ZBoardMeasuresQuery } from "@/lib/management-figures/schemas";
import { groupsFor } from "@/lib/surveys/results-rules";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { FilterForm } from "@/components/ui/filter-form";

export const metadata: Metadata = { title: "Regulatory measures" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Query = { survey?: number; year?: number };

/** A GET form that changes one of the page's choices and keeps the other. */
const Picker = ({
  name,
  label,
  button,
  options,
  query,
  keep,
}: {
  name: keyof Query;
  label: string;
  button: string;
  options: number[];
  query: Query;
  keep: keyof Query;
}) => (
  <FilterForm label={`Choose the ${label.toLowerCase()}`} submit={button} layout="flex max-w-md items-end gap-4">
    {query[keep] !== undefined && <input type="hidden" name={keep} value={query[keep]} />}
    <SelectField
      name={name}
      label={label}
      options={options.map((value) => ({ value: String(value), label: financialYearLabel(value) }))}
      defaultValue={query[name] === undefined ? "" : String(query[name])}
      emptyLabel="Latest"
    />
  </FilterForm>
);

const PerceptionSection = async ({ regime, query }: { regime: "ENGLAND" | "SCOTLAND"; query: Query }) => {
  const [round, years] = await Promise.all([getBoardRound(regime, query.survey), listRoundYears(regime)]);
  const picker = years.length > 1 && (
    <Picker name="survey" label="Survey year" button="Show survey" options={years} query={query} keep="year" />
  );
  if (!round)
    return (
      <>
        {picker}
        <p className="mb-8">
          No perception survey has been run {query.survey ? `for ${financialYearLabel(query.survey)}` : "yet"}.
        </p>
      </>
    );
  const results = await getComparedResults(round);
  return (
    <>
      {picker}
      <p className="mb-4 max-w-2xl">
        The {financialYearLabel(round.year)} survey ({ROUND_STATUS_LABEL[round.status].toLowerCase()}):{" "}
        {results.respondents.all.toLocaleString("en-GB")} respondents.{" "}
        <Link href={`/staff/measures/${round.id}/results`}>Full results and download</Link>
      </p>
      {groupsFor(regime).map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="mb-8">
          <h3 id={`group-${group}`} className="mb-2 text-xl font-bold">
            {TENURE_LABEL[group]}
          </h3>
          <PerceptionTable
            measures={results.measures}
            group={group}
            year={round.year}
            previousYear={results.previousYear}
          />
        </section>
      ))}
    </>
  );
};

const BoardMeasuresPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const landlord = await getLandlord();
  const now = new Date();
  const current = financialYearOf(now);
  const asked = await searchParams;
  const query = ZBoardMeasuresQuery.parse(asked);
  const { quarter } = await readBoardQuery(asked, now);
  const year = query.year ?? quarter.year;
  const [management, years] = await Promise.all([getManagementYear(year), listManagementYears()]);
  const choices = [...new Set([current, ...years])].sort((a, b) => b - a);
  const entered = management.some((measure) => measure.quarters.some((quarter) => quarter.value !== null));
  return (
    <>
      <PageHeading caption={landlord.name}>Regulatory measures</PageHeading>
      <BoardNav quarter={quarter} current="/board/measures" />
      <p className="mb-6">
        <Link href="/board/measures/return">The regulator&apos;s return</Link> for the year just finished.
      </p>
      <h2 className="mb-4 text-2xl font-bold">
        {landlord.regime === "ENGLAND" ? "Tenant perception measures" : "Charter survey indicators"}
      </h2>
      <PerceptionSection regime={landlord.regime} query={query} />
      {landlord.regime === "ENGLAND" && (
        <section aria-labelledby="management">
          <h2 id="management" className="mb-2 text-2xl font-bold">
            Management information, {financialYearLabel(year)}
          </h2>
          <Picker name="year" label="Reporting year" button="Show year" options={choices} query={query} keep="survey" />
          {!entered && <p className="mb-4">No figures have been entered for {financialYearLabel(year)} yet.</p>}
          <DataTable
            caption={`Management information measures by quarter, ${financialYearLabel(year)}`}
            rowKey={(measure) => measure.code}
            rows={management}
            columns={[
              { header: "Measure", cell: (measure) => `${displayCode(measure.code)} ${measure.name}` },
              ...[1, 2, 3, 4].map((quarter) => ({
                header: `Quarter ${quarter}`,
                cell: (measure: (typeof management)[number]) =>
                  formatManagementValue(measure, measure.quarters[quarter - 1]?.value ?? null) || "Not entered",
              })),
              {
                header: "Year",
                cell: (measure) => formatManagementValue(measure, measure.year?.value ?? null) || "Not entered",
              },
            ]}
          />
        </section>
      )}
    </>
  );
};

export default BoardMeasuresPage;
