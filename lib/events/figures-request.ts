import { listAreas } from "@/lib/people/areas";
import { financialYear } from "./rules";
import { ZFiguresQuery } from "./schemas";

/** The period and area asked for in the query string; the current financial year when none is given. */
export const readFiguresRequest = async (query: Record<string, string | string[] | undefined>, now: Date) => {
  const parsed = ZFiguresQuery.parse(query);
  const year = financialYear(now);
  const areas = await listAreas();
  const area = areas.find((a) => a.id === parsed.area);
  return {
    from: parsed.from ?? year.from,
    to: parsed.to ?? year.to,
    areaId: area?.id,
    areaName: area?.name ?? "All areas",
    areas,
  };
};
