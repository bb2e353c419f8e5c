import type { Metadata } from "next";
import Link from "next/link";
import { BoardNav } from "@/components/kpi/board-nav";
import { KpiChart } from "@/components/kpi/kpi-chart";
import { QuarterPicker } from "@/components/kpi/quarter-picker";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getBoardKpiTiles } from "@/lib/kpi/board-figures";
import { boardQueryString, readBoardQuery } from "@/lib/kpi/board-request";
import { commentaryText, type Commentary } from "@/lib/kpi/commentary";
import { getPackCommentary } from "@/lib/kpi/pack";
import { quarterLongLabel, SECTION_LABEL, trendSections } from "@/lib/kpi/rules";
import { ZTrendsSection } from "@/lib/kpi/schemas";
import { getLandlord } from "@/lib/landlord/queries";

export const metadata: Metadata = { title: "KPI trends over eight quarters" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Each KPI's last eight quarters as a chart with its table, one pack section at a time. On a page of its own so the
 * dashboard, which board members open first and most often, carries only the quarter's figures (it was three times
 * the size with these); by section because all 28 charts made a 270 kB page.
 */
const KpiTrendsPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const query = await searchParams;
  const [landlord, { quarter, latest, areaId, areaName, areas }] = await Promise.all([
    getLandlord(),
    readBoardQuery(query, new Date()),
  ]);
  const [tiles, commentary] = await Promise.all([
    getBoardKpiTiles({ quarter, areaId, regime: landlord.regime }),
    getPackCommentary(quarter),
  ]);
  const { present, shown } = trendSections(tiles, ZTrendsSection.parse(query.section));
  const sectionHref = (section: string) => `/board/trends?${boardQueryString(quarter, areaId)}&section=${section}`;
  return (
    <>
      <PageHeading caption={landlord.name}>KPI trends to {quarterLongLabel(quarter)}</PageHeading>
      <BoardNav quarter={quarter} current="/board/trends" />
      <QuarterPicker
        quarter={quarter}
        latest={latest}
        areas={areas}
        areaId={areaId}
        submit="Show trends"
        keep={shown ? { section: shown } : {}}
      />
      {areaId && <p className="mb-4 max-w-2xl">Showing {areaName} only: the KPIs counted by area.</p>}
      {shown === null ? (
        <p>No KPIs have been set up yet. Involvement officers add them to the KPI library.</p>
      ) : (
        <>
          <nav aria-label="Sections of the pack" className="mb-8">
            <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
              {present.map((section) => (
                <li key={section}>
                  <Link
                    href={sectionHref(section)}
                    aria-current={section === shown ? "page" : undefined}
                    className="aria-[current=page]:font-bold aria-[current=page]:decoration-4"
                  >
                    {SECTION_LABEL[section]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <h2 className="mb-4 text-2xl font-bold">{SECTION_LABEL[shown]}</h2>
          {tiles
            .filter((tile) => tile.section === shown)
            .map((tile) => (
              <KpiChart
                key={tile.code}
                tile={tile}
                commentary={commentary[tile.code] ? commentaryText(commentary[tile.code] as Commentary) : undefined}
              />
            ))}
        </>
      )}
    </>
  );
};

export default KpiTrendsPage;
