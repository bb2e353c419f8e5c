import type { Metadata } from "next";
import Link from "next/link";
import { KpiChart } from "@/components/kpi/kpi-chart";
import { QuarterPicker } from "@/components/kpi/quarter-picker";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getBoardKpiTiles } from "@/lib/cache/board-figures";
import { boardQueryString, readBoardQuery } from "@/lib/kpi/board-request";
import { quarterLongLabel } from "@/lib/kpi/rules";
import { getLandlord } from "@/lib/landlord/queries";

export const metadata: Metadata = { title: "KPI trends over eight quarters" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Every KPI's last eight quarters as a chart with its table. On a page of its own so the dashboard, which board
 * members open first and most often, carries only the quarter's figures (it was three times the size with these).
 */
const KpiTrendsPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const [landlord, request] = await Promise.all([
    getLandlord(),
    searchParams.then((query) => readBoardQuery(query, new Date())),
  ]);
  const { quarter, latest, areaId, areaName, areas } = request;
  const tiles = await getBoardKpiTiles({ quarter, areaId, regime: landlord.regime });
  return (
    <>
      <PageHeading caption={landlord.name}>KPI trends to {quarterLongLabel(quarter)}</PageHeading>
      <p className="mb-6">
        <Link href={`/board?${boardQueryString(quarter, areaId)}`}>
          Back to the KPIs for {quarterLongLabel(quarter)}
        </Link>
      </p>
      <QuarterPicker quarter={quarter} latest={latest} areas={areas} areaId={areaId} submit="Show trends" />
      {areaId && <p className="mb-4 max-w-2xl">Showing {areaName} only: the KPIs counted by area.</p>}
      {tiles.length === 0 ? (
        <p>No KPIs have been set up yet. Involvement officers add them to the KPI library.</p>
      ) : (
        tiles.map((tile) => <KpiChart key={tile.code} tile={tile} />)
      )}
    </>
  );
};

export default KpiTrendsPage;
