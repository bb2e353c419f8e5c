import { ROUND_STATUS_LABEL } from "@/lib/measures/rounds/labels";
import type { Metadata } from "next";
import Link from "next/link";
import { PerceptionTable } from "@/components/measures/perception-table";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SelectField } from "@/components/ui/select-field";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { TENURE_LABEL } from "@/lib/measures/labels";
import { displayCode, formatManagementValue } from "@/lib/measures/management";
import { getComparedResults, getLatestRound, getManagementYear, listManagementYears } from "@/lib/measures/round-queries";
import { ZQuarterPicker } from "@/lib/measures/round-schemas";
import { groupsFor } from "@/lib/measures/results-rules";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Regulatory measures" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PerceptionSection = async ({ regime }: { regime: "ENGLAND" | "SCOTLAND" }) => {
  const round = await getLatestRound(regime);
  if (!round) return <p className="mb-8">No perception survey has been run yet.</p>;
  const results = await getComparedResults(round);
  return (
    <>
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
          <PerceptionTable measures={results.measures} group={group} year={round.year} previousYear={results.previousYear} />
        </section>
      ))}
    </>
  );
};

const BoardMeasuresPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const landlord = await getLandlord();
  const current = financialYearOf(new Date());
  const year = ZQuarterPicker.parse(await searchParams).year ?? current;
  const [management, years] = await Promise.all([getManagementYear(year), listManagementYears()]);
  const choices = [...new Set([current, ...years])].sort((a, b) => b - a);
  const entered = management.some((measure) => measure.quarters.some((quarter) => quarter.value !== null));
  return (
    <>
      <PageHeading caption={landlord.name}>Regulatory measures</PageHeading>
      <h2 className="mb-4 text-2xl font-bold">{landlord.regime === "ENGLAND" ? "Tenant perception measures" : "Charter survey indicators"}</h2>
      <PerceptionSection regime={landlord.regime} />
      {landlord.regime === "ENGLAND" && (
        <section aria-labelledby="management">
          <h2 id="management" className="mb-2 text-2xl font-bold">
            Management information, {financialYearLabel(year)}
          </h2>
          <form method="get" className="mb-6 flex max-w-md items-end gap-4" aria-label="Choose a reporting year">
            <SelectField name="year" label="Reporting year" options={choices.map((value) => ({ value: String(value), label: financialYearLabel(value) }))} defaultValue={String(year)} emptyLabel="This year" />
            <button type="submit" className="rounded border-2 border-gray-900 px-4 py-2 font-bold">
              Show year
            </button>
          </form>
          {!entered && <p className="mb-4">No figures have been entered for {financialYearLabel(year)} yet.</p>}
          <DataTable
            caption={`Management information measures by quarter, ${financialYearLabel(year)}`}
            rowKey={(measure) => measure.code}
            rows={management}
            columns={[
              { header: "Measure", cell: (measure) => `${displayCode(measure.code)} ${measure.name}` },
              ...[1, 2, 3, 4].map((quarter) => ({
                header: `Quarter ${quarter}`,
                cell: (measure: (typeof management)[number]) => formatManagementValue(measure, measure.quarters[quarter - 1]?.value ?? null) || "Not entered",
              })),
            ]}
          />
        </section>
      )}
    </>
  );
};

export default BoardMeasuresPage;
