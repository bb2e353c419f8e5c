import "server-only";
import { unstable_cache, updateTag } from "next/cache";
import { coalesce } from "@/lib/coalesce";
import { getKpiTiles } from "./queries";
import { quarterKey } from "./rules";
import type { Regime } from "@/lib/generated/prisma/enums";
import type { Quarter } from "@/lib/uk-time";

const BOARD_FIGURES_TAG = "board-figures";
/** How old the board's computed figures may get; see docs/decisions/0016-page-caching.md. */
const BOARD_FIGURES_SECONDS = 300;

/** Tiles being worked out now, so that a dashboard opened meanwhile waits for them (coalesce.ts). */
const working = new Map<string, Promise<Awaited<ReturnType<typeof getKpiTiles>>>>();

/**
 * The board dashboard's KPI tiles, which are the same for every board member: worked out once per quarter, area and
 * regime and kept for five minutes. With a large landlord they take about a second of database time (eight
 * quarters of involvement over every response, visit and membership), which every board member opening the
 * dashboard at once would otherwise each pay. A staff change to what they are worked out from (a KPI, its target
 * or hand-entered figure, a management figure, a scrutiny review) expires them at once.
 */
export const getBoardKpiTiles = (options: { quarter: Quarter; areaId?: string; regime: Regime }) => {
  const key = ["board-kpi-tiles", quarterKey(options.quarter), options.areaId ?? "all areas", options.regime];
  return coalesce(working, key.join("|"), () =>
    unstable_cache(() => getKpiTiles({ ...options, now: new Date() }), key, {
      revalidate: BOARD_FIGURES_SECONDS,
      tags: [BOARD_FIGURES_TAG],
    })(),
  );
};

/** After a staff change to a figure the board reads: the next dashboard works its tiles out afresh. */
export const expireBoardFigures = () => {
  // A dashboard opened after the change must not wait for tiles that were being worked out before it.
  working.clear();
  updateTag(BOARD_FIGURES_TAG);
};
