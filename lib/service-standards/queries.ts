import { db } from "@/lib/db";
import type { ServiceChannel } from "@/lib/generated/prisma/enums";
import type { KpiTile } from "@/lib/kpi/queries";
import { CHANNEL_LABEL, SERVICE_CHANNELS } from "@/lib/annual-report/rules";

export type ServiceStandardRow = { channel: ServiceChannel; promise: string; kpiCode: string | null };

/** Every channel in order, with the landlord's promise (empty where none is set yet) and the KPI that measures it. */
export const listServiceStandards = async () => {
  const rows = await db.serviceStandard.findMany({ select: { channel: true, promise: true, kpiCode: true } });
  return SERVICE_CHANNELS.map(({ key }) => {
    const row = rows.find((entry) => entry.channel === key);
    return { channel: key, label: CHANNEL_LABEL[key], promise: row?.promise ?? "", kpiCode: row?.kpiCode ?? null };
  });
};

/** A standard's performance is its KPI's tile, as the board pack reports it; no figure is worked out here. */
export const standardTile = (standard: ServiceStandardRow, tiles: readonly KpiTile[]) =>
  standard.kpiCode ? (tiles.find((tile) => tile.code === standard.kpiCode) ?? null) : null;

/** The KPIs that may measure a standard: service standards and complaint handling. */
export const listMeasuringKpis = () =>
  db.kpi.findMany({
    where: { retiredAt: null, section: { in: ["SERVICE_STANDARDS", "COMPLAINTS"] } },
    orderBy: [{ section: "asc" }, { position: "asc" }, { code: "asc" }],
    select: { code: true, name: true },
  });
