import type { KpiDirection, KpiSection, KpiSource, KpiUnit } from "@/lib/generated/prisma/enums";
import { roundToOneDecimal } from "@/lib/measures/rounding";
import { addQuarters, financialQuarter, financialYearLabel, type Quarter } from "@/lib/uk-time";
import { plural } from "@/lib/format";

export const QUARTER_MONTHS = [
  "April to June",
  "July to September",
  "October to December",
  "January to March",
] as const;

export const quarterKey = ({ year, quarter }: Quarter) => `${year}-Q${quarter}`;

export const quarterLabel = ({ year, quarter }: Quarter) => `Quarter ${quarter} ${financialYearLabel(year)}`;

export const quarterLongLabel = (q: Quarter) => `${quarterLabel(q)} (${QUARTER_MONTHS[q.quarter - 1]})`;

/** The label charts and their tables share, short enough for eight under a chart: "Q1 26/27". */
export const quarterShortLabel = ({ year, quarter }: Quarter) =>
  `Q${quarter} ${String(year % 100).padStart(2, "0")}/${String((year + 1) % 100).padStart(2, "0")}`;

/** The board reports on finished quarters: the one before the quarter `now` is in. */
export const latestCompleteQuarter = (now: Date) => addQuarters(financialQuarter(now), -1);

/** A quarter not yet finished has part-quarter figures: it is shown "in progress", never given a status. */
export const isInProgress = (q: Quarter, now: Date) => quarterKey(q) > quarterKey(latestCompleteQuarter(now));

/** `count` quarters ending with `last`, oldest first. */
export const quartersEnding = (last: Quarter, count: number) =>
  Array.from({ length: count }, (_, index) => addQuarters(last, index - count + 1));

export type Rag = "GREEN" | "AMBER" | "RED" | "NO_TARGET" | "NO_DATA" | "IN_PROGRESS";

export const RAG_LABEL: Record<Rag, string> = {
  GREEN: "Green: on target",
  AMBER: "Amber: just off target",
  RED: "Red: off target",
  NO_TARGET: "No target set",
  NO_DATA: "No figure yet",
  IN_PROGRESS: "Quarter in progress: no status yet",
};

export type TargetRule = { target: number; amberTolerance: number };

/**
 * Red, amber or green against the year's target. Meeting the target is green; missing it by no more than the
 * amber tolerance (in the KPI's own unit) is amber; anything worse is red.
 */
export const ragFor = (value: number | null, target: TargetRule | null, direction: KpiDirection): Rag => {
  if (value === null) return "NO_DATA";
  if (!target) return "NO_TARGET";
  const shortfall = direction === "HIGHER_IS_BETTER" ? target.target - value : value - target.target;
  // Rounded first, so 97.9 against 98 with 0.1 tolerance is amber, not red through floating point.
  const gap = roundToOneDecimal(shortfall * 1000) / 1000;
  if (gap <= 0) return "GREEN";
  return gap <= target.amberTolerance ? "AMBER" : "RED";
};

export const isException = (rag: Rag) => rag === "RED" || rag === "AMBER";

const RAG_ORDER: Record<Rag, number> = { RED: 0, AMBER: 1, GREEN: 2, NO_TARGET: 3, IN_PROGRESS: 4, NO_DATA: 5 };

/**
 * How far a figure is off its target, as a share of the target (0 when on target), so that 0 consultations against
 * 4 and 97.9% gas safety against 100% can be ranked on one scale.
 */
export const offTargetBy = (value: number | null, target: number | null, direction: KpiDirection) => {
  if (value === null || target === null) return 0;
  const shortfall = direction === "HIGHER_IS_BETTER" ? target - value : value - target;
  if (shortfall <= 0) return 0;
  return target === 0 ? shortfall : shortfall / Math.abs(target);
};

type Ranked = { rag: Rag; order: number; key: boolean; offTarget: number };

/**
 * Exceptions first: key KPIs before the rest (a missed gas safety check matters more than one consultation fewer),
 * red before amber, then the furthest off target; everything else in the library's own order.
 */
export const byExceptionFirst = <T extends Ranked>(a: T, b: T) => {
  const exception = (tile: T) => (isException(tile.rag) ? 0 : 1);
  if (exception(a) !== exception(b)) return exception(a) - exception(b);
  if (exception(a) === 1) return RAG_ORDER[a.rag] - RAG_ORDER[b.rag] || a.order - b.order;
  return (
    Number(b.key) - Number(a.key) ||
    RAG_ORDER[a.rag] - RAG_ORDER[b.rag] ||
    b.offTarget - a.offTarget ||
    a.order - b.order
  );
};

export type Trend = { change: "UP" | "DOWN" | "SAME" | "NONE"; better: boolean | null };

/** Which way a figure moved since an earlier one, and whether that is better given the KPI's direction. */
export const trendFor = (current: number | null, earlier: number | null, direction: KpiDirection): Trend => {
  if (current === null || earlier === null) return { change: "NONE", better: null };
  if (current === earlier) return { change: "SAME", better: null };
  const up = current > earlier;
  return { change: up ? "UP" : "DOWN", better: up === (direction === "HIGHER_IS_BETTER") };
};

const ARROW: Record<Trend["change"], string> = { UP: "↑", DOWN: "↓", SAME: "→", NONE: "" };

export const trendArrow = (trend: Trend) => ARROW[trend.change];

/** The trend in words, never by arrow or colour alone: "Up from 96.2% (better)". */
export const trendWords = (trend: Trend, earlier: string) => {
  switch (trend.change) {
    case "NONE":
      return "No earlier figure";
    case "SAME":
      return `No change from ${earlier}`;
    case "UP":
    case "DOWN":
      return `${trend.change === "UP" ? "Up" : "Down"} from ${earlier} (${trend.better ? "better" : "worse"})`;
  }
};

/** The trend where the earlier figure has a column of its own beside it, so a row shows it once: "Up (better)". */
export const trendDirection = (trend: Trend) => {
  switch (trend.change) {
    case "NONE":
      return "No earlier figure";
    case "SAME":
      return "No change";
    case "UP":
    case "DOWN":
      return `${trend.change === "UP" ? "Up" : "Down"} (${trend.better ? "better" : "worse"})`;
  }
};

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

export const formatKpiValue = (unit: KpiUnit, value: number | null) => {
  if (value === null) return "No figure";
  switch (unit) {
    case "PERCENT":
      return `${value.toFixed(1)}%`;
    case "COUNT":
      return whole.format(value);
    case "DAYS":
      return `${whole.format(value)} ${plural(value, "day")}`;
    case "SECONDS":
      return `${whole.format(value)} ${plural(value, "second")}`;
    case "MONEY":
      return money.format(value);
  }
};

export const targetShown = (unit: KpiUnit, target: number | null) =>
  target === null ? "None set" : formatKpiValue(unit, target);

export const UNIT_LABEL: Record<KpiUnit, string> = {
  PERCENT: "Per cent",
  COUNT: "Number",
  DAYS: "Days",
  SECONDS: "Seconds",
  MONEY: "Money (pounds)",
};

export const DIRECTION_LABEL: Record<KpiDirection, string> = {
  HIGHER_IS_BETTER: "Higher is better",
  LOWER_IS_BETTER: "Lower is better",
};

export const SECTION_LABEL: Record<KpiSection, string> = {
  INVOLVEMENT: "Involvement",
  SATISFACTION: "Tenant satisfaction",
  COMPLAINTS: "Complaints",
  SERVICE_STANDARDS: "Service standards",
  HOMES: "Homes: safety and repairs",
  BUDGET: "Involvement budget",
};

export const SECTIONS = Object.keys(SECTION_LABEL) as KpiSection[];

/**
 * The pack sections that have KPIs, in the pack's order, and the one to show: the one asked for if it has KPIs,
 * otherwise the first that does (null when there are none).
 */
export const trendSections = (tiles: { section: KpiSection }[], asked: KpiSection | undefined) => {
  const present = SECTIONS.filter((section) => tiles.some((tile) => tile.section === section));
  const shown = asked && present.includes(asked) ? asked : (present[0] ?? null);
  return { present, shown };
};

export const SOURCE_LABEL: Record<KpiSource, string> = {
  MANUAL: "Entered by hand each quarter",
  MANAGEMENT_MEASURE: "Management information figures entered in Involve",
  PERCEPTION_MEASURE: "The latest closed perception survey",
  INVOLVED_CUSTOMERS: "Different customers involved (events, consultations, groups)",
  NEW_CUSTOMERS_INVOLVED: "Customers involved for the first time",
  EVENTS_HELD: "Events held",
  EVENTS_IN_PARTNERSHIP: "Events held in partnership",
  EVENT_ATTENDEES: "Event attendees (named and walk-in)",
  TRAINING_COMPLETIONS: "Training completions by tenants",
  CONSULTATIONS_HELD: "Consultations closed",
  CONSULTATION_RESPONSE_RATE: "Consultation response rate (responses over eligible customers)",
  OUTCOMES_PUBLISHED_ON_TIME: "Consultation outcomes published on time",
  SCRUTINY_RECOMMENDATIONS_OPEN: "Scrutiny recommendations agreed and not completed at the quarter's end",
  SCRUTINY_RECOMMENDATIONS_OVERDUE: "Scrutiny recommendations past their due date at the quarter's end",
  BUDGET_SPENT_PERCENT: "Share of the year's involvement budget spent by the quarter's end (spending lines)",
};

/** Sources counted by customers' or events' areas, so the dashboard can show them for one area. */
export const AREA_SOURCES: readonly KpiSource[] = [
  "INVOLVED_CUSTOMERS",
  "NEW_CUSTOMERS_INVOLVED",
  "EVENTS_HELD",
  "EVENTS_IN_PARTNERSHIP",
  "EVENT_ATTENDEES",
  "TRAINING_COMPLETIONS",
];

export const hasAreas = (source: KpiSource) => AREA_SOURCES.includes(source);

/** Sources that need a measure code to say which figure they take. */
export const needsSourceCode = (source: KpiSource) =>
  source === "MANAGEMENT_MEASURE" || source === "PERCEPTION_MEASURE";

/**
 * Landlord-wide targets do not apply to one area's counts (an area has a fraction of the events), only to its
 * rates; an area's figures are compared with the whole landlord's target only where the unit is a rate.
 */
export const targetAppliesToArea = (unit: KpiUnit) => unit === "PERCENT" || unit === "DAYS" || unit === "SECONDS";
