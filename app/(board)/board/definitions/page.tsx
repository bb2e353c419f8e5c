import type { Metadata } from "next";
import { BoardNav } from "@/components/kpi/board-nav";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { readBoardQuery } from "@/lib/kpi/board-request";
import { listKpiDefinitions } from "@/lib/kpi/queries";
import { DIRECTION_LABEL, SECTION_LABEL, SECTIONS, SOURCE_LABEL, UNIT_LABEL } from "@/lib/kpi/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { outcomeLabel } from "@/lib/outcomes/standards";

export const metadata: Metadata = { title: "KPI definitions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * What each KPI measures, who owns it and what it evidences, once for all of them: every dashboard tile links to its
 * KPI here (#kpi-<code>) instead of carrying the definition itself, which made the dashboard twice the size.
 */
const KpiDefinitionsPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const [landlord, { quarter }, kpis] = await Promise.all([
    getLandlord(),
    searchParams.then((query) => readBoardQuery(query, new Date())),
    listKpiDefinitions(),
  ]);
  const sections = SECTIONS.filter((section) => kpis.some((kpi) => kpi.section === section));
  return (
    <>
      <PageHeading caption={landlord.name}>KPI definitions</PageHeading>
      <BoardNav quarter={quarter} current="/board/definitions" />
      {kpis.length === 0 && <p>No KPIs have been set up yet. Involvement officers add them to the KPI library.</p>}
      {sections.map((section) => (
        <section key={section} aria-labelledby={`section-${section}`} className="mb-10">
          <h2 id={`section-${section}`} className="mb-4 text-2xl font-bold">
            {SECTION_LABEL[section]}
          </h2>
          {kpis
            .filter((kpi) => kpi.section === section)
            .map((kpi) => (
              <div key={kpi.code}>
                <h3 id={`kpi-${kpi.code}`} className="mb-2 text-lg font-bold">
                  {kpi.code} {kpi.name}
                  {kpi.key && <span className="ml-2 text-sm font-normal">(key KPI)</span>}
                </h3>
                <SummaryList
                  rows={[
                    { term: "What it measures", value: kpi.description },
                    { term: "Owner", value: kpi.owner },
                    { term: "Measured in", value: `${UNIT_LABEL[kpi.unit]}; ${DIRECTION_LABEL[kpi.direction]}` },
                    {
                      term: "Source",
                      value: SOURCE_LABEL[kpi.source] + (kpi.sourceCode ? ` (${kpi.sourceCode})` : ""),
                    },
                    ...(kpi.outcomeCodes.length > 0
                      ? [{ term: "Evidences", value: kpi.outcomeCodes.map(outcomeLabel).join("; ") }]
                      : []),
                  ]}
                />
              </div>
            ))}
        </section>
      ))}
    </>
  );
};

export default KpiDefinitionsPage;
