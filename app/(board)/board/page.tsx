import type { Metadata } from "next";
import Link from "next/link";
import { KpiTileCard } from "@/components/kpi/kpi-tile";
import { QuarterPicker } from "@/components/kpi/quarter-picker";
import { BoardNav } from "@/components/kpi/board-nav";
import { ReviewAlerts } from "@/components/strategy/review-alerts";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { boardQueryString, readBoardQuery } from "@/lib/kpi/board-request";
import { getPackCommentary } from "@/lib/kpi/pack";
import { isException, quarterLongLabel } from "@/lib/kpi/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { getBoardKpiTiles } from "@/lib/kpi/board-figures";
import { getReviewAlerts } from "@/lib/strategy/queries";

export const metadata: Metadata = { title: "Board dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BoardDashboard = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const now = new Date();
  const [landlord, request, reviewAlerts] = await Promise.all([
    getLandlord(),
    searchParams.then((query) => readBoardQuery(query, now)),
    getReviewAlerts(now),
  ]);
  const { quarter, latest, inProgress, areaId, areaName, areas } = request;
  // Commentary changes as officers write it, so it is read fresh beside the cached figures (a single small query).
  const [tiles, commentary] = await Promise.all([
    getBoardKpiTiles({ quarter, areaId, regime: landlord.regime }),
    getPackCommentary(quarter),
  ]);
  const exceptions = tiles.filter((tile) => isException(tile.rag));
  const trendsQuery = boardQueryString(quarter, areaId);
  const definitions = `/board/definitions?${boardQueryString(quarter)}`;
  return (
    <>
      <PageHeading caption={landlord.name}>Key performance indicators: {quarterLongLabel(quarter)}</PageHeading>
      <BoardNav quarter={quarter} current="/board" />
      <p className="mb-6">
        <Link href="/staff/events/figures">Event figures</Link>
      </p>
      <ReviewAlerts alerts={reviewAlerts} strategyLink="/strategy" />
      <QuarterPicker quarter={quarter} latest={latest} areas={areas} areaId={areaId} submit="Show KPIs" />
      {areaId && (
        <p className="mb-4 max-w-2xl">
          Showing {areaName} only: the {tiles.length} KPIs counted by area. Landlord-wide targets apply only to rates,
          not to one area&apos;s counts.
        </p>
      )}
      {tiles.length === 0 ? (
        <p>No KPIs have been set up yet. Involvement officers add them to the KPI library.</p>
      ) : (
        <>
          <h2 className="mb-2 text-2xl font-bold">Exceptions first</h2>
          <p className="mb-4">
            {inProgress
              ? "This quarter is in progress: its figures so far are part-quarter, so no KPI has a status until it ends."
              : exceptions.length === 0
                ? "Every KPI with a target is on target this quarter."
                : `${exceptions.length} of ${tiles.length} KPIs are off target: ${exceptions.filter((tile) => tile.rag === "RED").length} red and ${exceptions.filter((tile) => tile.rag === "AMBER").length} amber. They are shown first.`}
          </p>
          <ul className="mb-10 grid gap-4 md:grid-cols-2" aria-label="KPI figures for the quarter">
            {tiles.map((tile) => (
              <li key={tile.code}>
                <KpiTileCard tile={tile} commentary={commentary[tile.code]} definitions={definitions} />
              </li>
            ))}
          </ul>
          <p className="mb-8 text-lg">
            <Link href={`/board/trends?${trendsQuery}`}>Trends over eight quarters for these KPIs</Link>
          </p>
        </>
      )}
    </>
  );
};

export default BoardDashboard;
