import { getKpiTiles } from "@/lib/kpi/queries";
import { latestCompleteQuarter, quarterLongLabel } from "@/lib/kpi/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { listServiceStandards, standardTile } from "./queries";

/** Each standard with its KPI's figure for the latest finished quarter, as the board pack reports it. */
export const getStandardsPerformance = async (now: Date) => {
  const landlord = await getLandlord();
  const quarter = latestCompleteQuarter(now);
  const [standards, tiles] = await Promise.all([
    listServiceStandards(),
    getKpiTiles({ quarter, regime: landlord.regime, now }),
  ]);
  return {
    landlordName: landlord.name,
    quarterLabel: quarterLongLabel(quarter),
    standards: standards.map((standard) => ({ ...standard, tile: standardTile(standard, tiles) })),
  };
};
