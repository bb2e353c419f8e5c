import type { Metadata } from "next";
import Link from "next/link";
import { BoardNav } from "@/components/kpi/board-nav";
import { RagTag } from "@/components/kpi/rag-tag";
import { getBoardKpiTiles } from "@/lib/kpi/board-figures";
import type { KpiTile } from "@/lib/kpi/queries";
import { quarterKey, quarterLabel, targetShown } from "@/lib/kpi/rules";
import { FilterForm } from "@/components/ui/filter-form";
import { FinancialYearField } from "@/components/ui/financial-year-field";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { getLandlord } from "@/lib/landlord/queries";
import { readBoardQuery } from "@/lib/kpi/board-request";
import { assuranceEvidence } from "@/lib/outcomes/queries";
import { ZAssuranceQuery } from "@/lib/scrutiny/schemas";
import { financialYearLabel, financialYearOf, type Quarter } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Assurance evidence by outcome" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const AssurancePage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const now = new Date();
  const current = financialYearOf(now);
  const query = await searchParams;
  const { quarter, latest } = await readBoardQuery(query, now);
  const year = ZAssuranceQuery.parse(query).year ?? quarter.year;
  const landlord = await getLandlord();
  // KPIs show their figure for the board's quarter when it falls in the year, otherwise the year's last quarter.
  const yearEnd = { year, quarter: 4 };
  const shownQuarter = quarter.year === year ? quarter : quarterKey(yearEnd) > quarterKey(latest) ? latest : yearEnd;
  const [evidence, tiles] = await Promise.all([
    assuranceEvidence(landlord.regime, year),
    getBoardKpiTiles({ quarter: shownQuarter, regime: landlord.regime }),
  ]);
  const tileOf = new Map(tiles.map((tile) => [tile.code, tile]));
  const statement = landlord.regime === "ENGLAND" ? "consumer standards" : "Scottish Social Housing Charter outcomes";
  const years = Array.from({ length: 5 }, (_, index) => current - index);
  return (
    <>
      <PageHeading caption={`Board area: ${financialYearLabel(year)}`}>Assurance evidence by outcome</PageHeading>
      <BoardNav quarter={quarter} current="/board/assurance" />
      <p className="mb-6 max-w-2xl">
        The evidence for each of the {statement}, for the annual assurance statement: published scrutiny reviews, their
        recommendations and the board&apos;s KPIs tagged with the outcome they evidence.
      </p>
      <FilterForm label="Choose the year" submit="Show year" layout="flex max-w-md items-end gap-4">
        <FinancialYearField years={years} year={year} />
      </FilterForm>
      {evidence.map(({ outcome, items }) => (
        <section key={outcome.code} aria-labelledby={`outcome-${outcome.code}`} className="mb-8 max-w-3xl">
          <h2 id={`outcome-${outcome.code}`} className="mb-2 text-xl font-bold">
            {outcome.label}
          </h2>
          {items.length === 0 ? (
            <p>No evidence tagged in {financialYearLabel(year)}.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {items.map((item) => (
                <li key={`${item.kind}-${item.href}`}>
                  {item.kind}: <Link href={item.href}>{item.title}</Link> ({formatDate(item.date)})
                  {item.detail && <p className="italic">{item.detail}</p>}
                  {item.kpiCode && <KpiFigure tile={tileOf.get(item.kpiCode)} quarter={shownQuarter} />}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
};

/** A KPI's figure and status in the quarter shown, in words (the tag repeats the status in colour). */
const KpiFigure = ({ tile, quarter }: { tile: KpiTile | undefined; quarter: Quarter }) =>
  tile ? (
    <p>
      {quarterLabel(quarter)}: {tile.shown} against a target of {targetShown(tile.unit, tile.target)}.{" "}
      <RagTag rag={tile.rag} />
    </p>
  ) : (
    <p>Not in the library in {quarterLabel(quarter)}.</p>
  );

export default AssurancePage;
