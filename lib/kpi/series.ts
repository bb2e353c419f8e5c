import { db } from "@/lib/db";
import type { KpiSource, Regime } from "@/lib/generated/prisma/enums";
import { count, formatDate, formatDateTime } from "@/lib/format";
import { MANAGEMENT_MEASURES, managementValue } from "@/lib/management-figures/rules";
import { getRoundResults } from "@/lib/surveys/round-results";
import { financialYearLabel, type Quarter, quarterBounds } from "@/lib/uk-time";
import { getInvolvementFigures, type InvolvementRow } from "./involvement-figures";
import { quarterKey } from "./rules";
import { getScrutinyFigures, type ScrutinyRow } from "./scrutiny-figures";
import { budgetProvenance, getBudgetFigures, type BudgetRow } from "./budget-figures";
import { percent } from "@/lib/measures/rounding";
import { percentSpent } from "@/lib/budget/rules";

/** One quarter's figure and where it came from: the rows, round or entry behind it, and when or by whom. */
export type Point = { value: number | null; provenance: string };

export type SeriesKpi = { id: string; source: KpiSource; sourceCode: string | null };

type Options = { kpis: SeriesKpi[]; quarters: Quarter[]; areaId?: string; regime: Regime; now: Date };

const NONE: Point = { value: null, provenance: "No figure for this quarter" };

const INVOLVEMENT: Partial<Record<KpiSource, (row: InvolvementRow) => number | null>> = {
  INVOLVED_CUSTOMERS: (row) => row.involvedCustomers,
  NEW_CUSTOMERS_INVOLVED: (row) => row.newCustomersInvolved,
  EVENTS_HELD: (row) => row.eventsHeld,
  EVENTS_IN_PARTNERSHIP: (row) => row.eventsInPartnership,
  EVENT_ATTENDEES: (row) => row.eventAttendees,
  TRAINING_COMPLETIONS: (row) => row.trainingCompletions,
  CONSULTATIONS_HELD: (row) => row.consultationsHeld,
  CONSULTATION_RESPONSE_RATE: (row) => percent(row.responses, row.eligible),
  OUTCOMES_PUBLISHED_ON_TIME: (row) => percent(row.outcomesOnTime, row.outcomesDue),
};

const involvementProvenance = (source: KpiSource, row: InvolvementRow, now: Date) => {
  const detail =
    source === "CONSULTATION_RESPONSE_RATE"
      ? `${count(row.responses, "response")} from ${count(row.eligible, "eligible customer")} over ${count(row.consultationsHeld, "consultation")}`
      : source === "OUTCOMES_PUBLISHED_ON_TIME"
        ? `${row.outcomesOnTime} of ${row.outcomesDue} outcomes due`
        : "events, attendance, consultation responses and group memberships";
  return `Counted by Involve from ${detail}, as at ${formatDateTime(now)}`;
};

const SCRUTINY: Partial<Record<KpiSource, (row: ScrutinyRow) => number>> = {
  SCRUTINY_RECOMMENDATIONS_OPEN: (row) => row.open,
  SCRUTINY_RECOMMENDATIONS_OVERDUE: (row) => row.overdue,
};

const scrutinyProvenance = (row: ScrutinyRow, now: Date) =>
  `Counted by Involve from scrutiny recommendations the landlord agreed: ${row.open} not completed by the quarter's end, ${row.overdue} of them past their due date, as at ${formatDateTime(now)}`;

const userNames = async (ids: (string | null)[]) => {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
};

const byWhom = (names: Map<string, string>, id: string | null) =>
  id ? (names.get(id) ?? "a former user") : "an unknown user";

const manualSeries = async (ids: string[], years: number[]) => {
  if (ids.length === 0) return new Map<string, Point>();
  const rows = await db.kpiValue.findMany({
    where: { kpiId: { in: ids }, year: { in: years } },
    select: { kpiId: true, year: true, quarter: true, value: true, note: true, enteredById: true, enteredAt: true },
  });
  const names = await userNames(rows.map((row) => row.enteredById));
  return new Map(
    rows.map((row) => [
      `${row.kpiId}|${quarterKey(row)}`,
      {
        value: row.value,
        provenance: `Entered by ${byWhom(names, row.enteredById)} on ${formatDateTime(row.enteredAt)}${row.note ? `: ${row.note}` : ""}`,
      },
    ]),
  );
};

const managementSeries = async (codes: string[], years: number[]) => {
  if (codes.length === 0) return new Map<string, Point>();
  const rows = await db.managementMeasure.findMany({
    where: { code: { in: codes }, year: { in: years } },
    select: {
      code: true,
      year: true,
      quarter: true,
      numerator: true,
      denominator: true,
      enteredById: true,
      updatedAt: true,
    },
  });
  const names = await userNames(rows.map((row) => row.enteredById));
  return new Map(
    rows.flatMap((row) => {
      const definition = MANAGEMENT_MEASURES.find((entry) => entry.code === row.code);
      if (!definition) return [];
      const value = managementValue(definition, row.numerator, row.denominator);
      const provenance = `Management figure ${row.numerator} of ${row.denominator}, entered by ${byWhom(names, row.enteredById)} on ${formatDateTime(row.updatedAt)}`;
      return [[`${row.code}|${quarterKey(row)}`, { value, provenance }] as const];
    }),
  );
};

/** For each quarter, the latest survey round closed by the quarter's end: what the board could know then. */
const perceptionSeries = async (codes: string[], quarters: Quarter[], regime: Regime) => {
  if (codes.length === 0) return new Map<string, Point>();
  const rounds = await db.surveyRound.findMany({
    where: { regime, status: { not: "OPEN" }, closedAt: { not: null } },
    orderBy: { year: "desc" },
    select: { id: true, year: true, closedAt: true },
  });
  const roundFor = (q: Quarter) => rounds.find((round) => (round.closedAt as Date) < quarterBounds(q).end);
  const used = [...new Set(quarters.map(roundFor).filter((round) => round !== undefined))];
  const results = new Map(
    await Promise.all(used.map(async (round) => [round.id, await getRoundResults(round.id, regime)] as const)),
  );
  const points = new Map<string, Point>();
  for (const q of quarters) {
    const round = roundFor(q);
    const result = round && results.get(round.id);
    if (!round || !result) continue;
    for (const code of codes) {
      const figure = result.measures[code]?.all;
      if (!figure) continue;
      points.set(`${code}|${quarterKey(q)}`, {
        value: figure.percent,
        provenance: `Perception survey ${financialYearLabel(round.year)}, closed ${formatDate(round.closedAt)}: ${figure.positive} positive of ${figure.base} answers`,
      });
    }
  }
  return points;
};

/**
 * Every KPI's figure for each quarter asked for, in a handful of queries whatever the number of KPIs: one per
 * kind of source, each aggregating in the database. With an area, only sources that have areas are counted.
 */
export const loadSeries = async ({
  kpis,
  quarters,
  areaId,
  regime,
  now,
}: Options): Promise<Map<string, Map<string, Point>>> => {
  const years = [...new Set(quarters.map((q) => q.year))];
  const codes = (source: KpiSource) => [
    ...new Set(kpis.filter((kpi) => kpi.source === source && kpi.sourceCode).map((kpi) => kpi.sourceCode as string)),
  ];
  const wantsInvolvement = kpis.some((kpi) => INVOLVEMENT[kpi.source]);
  // Recommendations have no area: like survey and management figures, they are shown for all areas only.
  const wantsScrutiny = !areaId && kpis.some((kpi) => SCRUTINY[kpi.source]);
  const wantsBudget = !areaId && kpis.some((kpi) => kpi.source === "BUDGET_SPENT_PERCENT");
  const [manual, management, perception, involvement, scrutiny, budget] = await Promise.all([
    areaId
      ? new Map<string, Point>()
      : manualSeries(
          kpis.filter((kpi) => kpi.source === "MANUAL").map((kpi) => kpi.id),
          years,
        ),
    areaId ? new Map<string, Point>() : managementSeries(codes("MANAGEMENT_MEASURE"), years),
    areaId ? new Map<string, Point>() : perceptionSeries(codes("PERCEPTION_MEASURE"), quarters, regime),
    wantsInvolvement ? getInvolvementFigures({ quarters, areaId, now }) : new Map<string, InvolvementRow>(),
    wantsScrutiny ? getScrutinyFigures({ quarters, now }) : new Map<string, ScrutinyRow>(),
    wantsBudget ? getBudgetFigures({ quarters, now }) : new Map<string, BudgetRow>(),
  ]);
  const pointFor = (kpi: SeriesKpi, q: Quarter): Point => {
    const key = quarterKey(q);
    switch (kpi.source) {
      case "MANUAL":
        return manual.get(`${kpi.id}|${key}`) ?? NONE;
      case "MANAGEMENT_MEASURE":
        return management.get(`${kpi.sourceCode}|${key}`) ?? NONE;
      case "PERCEPTION_MEASURE":
        return perception.get(`${kpi.sourceCode}|${key}`) ?? NONE;
      case "SCRUTINY_RECOMMENDATIONS_OPEN":
      case "SCRUTINY_RECOMMENDATIONS_OVERDUE": {
        const row = scrutiny.get(key);
        const read = SCRUTINY[kpi.source];
        return row && read ? { value: read(row), provenance: scrutinyProvenance(row, now) } : NONE;
      }
      case "BUDGET_SPENT_PERCENT": {
        const row = budget.get(key);
        return row ? { value: percentSpent(row.spent, row.budget), provenance: budgetProvenance(row, now) } : NONE;
      }
      default: {
        const row = involvement.get(key);
        const read = INVOLVEMENT[kpi.source];
        return row && read ? { value: read(row), provenance: involvementProvenance(kpi.source, row, now) } : NONE;
      }
    }
  };
  return new Map(kpis.map((kpi) => [kpi.id, new Map(quarters.map((q) => [quarterKey(q), pointFor(kpi, q)]))]));
};
