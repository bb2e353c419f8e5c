import { listAreas } from "@/lib/people/areas";
import { isInProgress, latestCompleteQuarter, quarterKey } from "./rules";
import { ZBoardQuery } from "./schemas";
import { financialQuarter, type Quarter } from "@/lib/uk-time";

/**
 * The quarter and area a board page was asked for. The board reports on finished quarters, so the default is the
 * latest complete one; the quarter now under way may be chosen and is shown "in progress" (never given a status);
 * a later one is not there to show, so it means the default. An unknown area means all areas.
 */
export const readBoardQuery = async (query: Record<string, string | string[] | undefined>, now: Date) => {
  const parsed = ZBoardQuery.parse(query);
  const latest = latestCompleteQuarter(now);
  const asked: Quarter = { year: parsed.year ?? latest.year, quarter: parsed.quarter ?? latest.quarter };
  const quarter = quarterKey(asked) > quarterKey(financialQuarter(now)) ? latest : asked;
  const areas = await listAreas();
  const area = areas.find((entry) => entry.id === parsed.area);
  return {
    quarter,
    latest,
    inProgress: isInProgress(quarter, now),
    areaId: area?.id,
    areaName: area?.name ?? "All areas",
    areas,
  };
};

/** The query string that asks another board page for the same quarter (and area, where that page has one). */
export const boardQueryString = (quarter: Quarter, areaId?: string) => {
  const query = new URLSearchParams({ year: String(quarter.year), quarter: String(quarter.quarter) });
  if (areaId) query.set("area", areaId);
  return query.toString();
};
