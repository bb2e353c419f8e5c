import { db } from "@/lib/db";
import type { KpiDirection, KpiSection, KpiSource, KpiUnit, Regime } from "@/lib/generated/prisma/enums";
import { loadSeries, type Point } from "./series";
import {
  byExceptionFirst,
  formatKpiValue,
  hasAreas,
  isInProgress,
  offTargetBy,
  quarterKey,
  quarterShortLabel,
  quartersEnding,
  ragFor,
  targetAppliesToArea,
  trendFor,
  type Rag,
  type Trend,
} from "./rules";
import { addQuarters, type Quarter } from "@/lib/uk-time";

/** Quarters of history each chart shows. */
export const HISTORY_QUARTERS = 8;

/** A KPI's definition, as officers edit it; the audit record of a change keeps the one it replaced. */
export const kpiDefinitionSelect = {
  code: true,
  name: true,
  description: true,
  unit: true,
  direction: true,
  section: true,
  source: true,
  sourceCode: true,
  owner: true,
  outcomeCodes: true,
  key: true,
} as const;

const kpiSelect = { id: true, ...kpiDefinitionSelect } as const;

/** Everything a tile, a chart, a pack row and a CSV line show about one KPI in one quarter: no personal data. */
export type KpiTile = {
  code: string;
  name: string;
  description: string;
  unit: KpiUnit;
  direction: KpiDirection;
  section: KpiSection;
  source: KpiSource;
  owner: string;
  outcomeCodes: string[];
  key: boolean;
  order: number;
  /** How far off target, as a share of the target: ranks the exceptions. */
  offTarget: number;
  value: number | null;
  shown: string;
  provenance: string;
  target: number | null;
  amberTolerance: number | null;
  rag: Rag;
  lastQuarter: { value: number | null; shown: string; trend: Trend };
  lastYear: { value: number | null; shown: string; trend: Trend };
  /** Each quarter with its own year's target and status, so a chart colours each bar by its own quarter. */
  history: { label: string; value: number | null; shown: string; target: number | null; rag: Rag }[];
};

type Options = { quarter: Quarter; areaId?: string; regime: Regime; now: Date };

/**
 * The KPIs for a quarter with their targets, RAG status, trends and eight quarters of history; exceptions first.
 * With an area, only KPIs whose figures have areas are shown. A quarter not yet finished gets no status.
 */
export const getKpiTiles = async ({ quarter, areaId, regime, now }: Options): Promise<KpiTile[]> => {
  const quarters = quartersEnding(quarter, HISTORY_QUARTERS);
  const all = await db.kpi.findMany({
    where: { retiredAt: null },
    orderBy: [{ section: "asc" }, { position: "asc" }, { code: "asc" }],
    select: {
      ...kpiSelect,
      targets: {
        where: { year: { in: [...new Set(quarters.map((q) => q.year))] } },
        select: { year: true, target: true, amberTolerance: true },
      },
    },
  });
  const kpis = areaId ? all.filter((kpi) => hasAreas(kpi.source)) : all;
  const series = await loadSeries({ kpis, quarters, areaId, regime, now });
  const lastQuarter = addQuarters(quarter, -1);
  const lastYear = addQuarters(quarter, -4);
  return kpis
    .map((kpi, order): KpiTile => {
      const points = series.get(kpi.id) as Map<string, Point>;
      const at = (q: Quarter) => points.get(quarterKey(q)) ?? { value: null, provenance: "" };
      const current = at(quarter);
      const targetIn = (year: number) =>
        areaId && !targetAppliesToArea(kpi.unit) ? null : (kpi.targets.find((row) => row.year === year) ?? null);
      const statusIn = (q: Quarter, value: number | null) =>
        isInProgress(q, now) ? "IN_PROGRESS" : ragFor(value, targetIn(q.year), kpi.direction);
      const target = targetIn(quarter.year);
      const compare = (q: Quarter) => {
        const value = at(q).value;
        return { value, shown: formatKpiValue(kpi.unit, value), trend: trendFor(current.value, value, kpi.direction) };
      };
      const { targets: _targets, sourceCode: _sourceCode, id: _id, ...shown } = kpi;
      return {
        ...shown,
        order,
        value: current.value,
        shown: formatKpiValue(kpi.unit, current.value),
        provenance: current.provenance,
        target: target?.target ?? null,
        amberTolerance: target?.amberTolerance ?? null,
        rag: statusIn(quarter, current.value),
        offTarget: offTargetBy(current.value, target?.target ?? null, kpi.direction),
        lastQuarter: compare(lastQuarter),
        lastYear: compare(lastYear),
        history: quarters.map((q) => ({
          label: quarterShortLabel(q),
          value: at(q).value,
          shown: formatKpiValue(kpi.unit, at(q).value),
          target: targetIn(q.year)?.target ?? null,
          rag: statusIn(q, at(q).value),
        })),
      };
    })
    .sort(byExceptionFirst);
};

/** The library as officers manage it, with this year's target. */
export const listKpis = (year: number) =>
  db.kpi.findMany({
    orderBy: [
      { retiredAt: { sort: "desc", nulls: "first" } },
      { section: "asc" },
      { position: "asc" },
      { code: "asc" },
    ],
    select: {
      ...kpiSelect,
      retiredAt: true,
      targets: { where: { year }, select: { target: true, amberTolerance: true } },
    },
  });

export const getKpi = (id: string) =>
  db.kpi.findUnique({
    where: { id },
    select: {
      ...kpiSelect,
      position: true,
      retiredAt: true,
      targets: { orderBy: { year: "desc" }, select: { year: true, target: true, amberTolerance: true } },
      values: {
        orderBy: [{ year: "desc" }, { quarter: "desc" }],
        take: 8,
        select: { year: true, quarter: true, value: true, note: true, enteredAt: true },
      },
    },
  });

/** The KPIs in use as the board reads them defined, in the pack's order: one page instead of inside every tile. */
export const listKpiDefinitions = () =>
  db.kpi.findMany({
    where: { retiredAt: null },
    orderBy: [{ section: "asc" }, { position: "asc" }, { code: "asc" }],
    select: kpiDefinitionSelect,
  });

/** The KPIs in use, by code, for choosing one as a scrutiny review's topic. */
export const listCurrentKpiNames = () =>
  db.kpi.findMany({
    where: { retiredAt: null },
    orderBy: [{ section: "asc" }, { position: "asc" }, { code: "asc" }],
    select: { code: true, name: true },
  });
