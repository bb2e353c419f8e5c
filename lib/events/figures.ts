import { csvDate, toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { periodBounds } from "./rules";

export type EventFigures = {
  eventsHeld: number;
  eventsInPartnership: number;
  namedAttendees: number;
  unnamedAttendees: number;
  uniqueCustomers: number;
  tenantCompletions: number;
  staffCompletions: number;
};

type Options = { from: string; to: string; areaId?: string; now?: Date };

/**
 * The board's figures for a period and area, counted by the database. An event is held once it has started;
 * named attendees are (event, customer) pairs, unique by key, so a registered walk-in counts once.
 */
export const getEventFigures = async ({ from, to, areaId, now = new Date() }: Options): Promise<EventFigures> => {
  const { start, end } = periodBounds(from, to);
  const area = areaId ?? null;
  const [figures] = await db.$queryRaw<EventFigures[]>`
    WITH held AS (
      SELECT id, partners, "unnamedAttendees" FROM "Event"
      WHERE "startsAt" >= ${start} AND "startsAt" < ${end} AND "startsAt" <= ${now}
        AND (CAST(${area} AS text) IS NULL OR "areaId" = CAST(${area} AS text))
    ),
    attended AS (
      SELECT a."customerId" FROM "EventAttendance" a JOIN held ON held.id = a."eventId"
    ),
    completed AS (
      SELECT c."customerId", c."userId" FROM "TrainingCompletion" c JOIN held ON held.id = c."eventId"
    )
    SELECT
      (SELECT count(*) FROM held)::int AS "eventsHeld",
      (SELECT count(*) FROM held WHERE cardinality(partners) > 0)::int AS "eventsInPartnership",
      (SELECT count(*) FROM attended)::int AS "namedAttendees",
      (SELECT coalesce(sum("unnamedAttendees"), 0) FROM held)::int AS "unnamedAttendees",
      (SELECT count(DISTINCT "customerId") FROM attended)::int AS "uniqueCustomers",
      (SELECT count(*) FROM completed WHERE "customerId" IS NOT NULL)::int AS "tenantCompletions",
      (SELECT count(*) FROM completed WHERE "userId" IS NOT NULL)::int AS "staffCompletions"`;
  // An aggregate without GROUP BY always returns exactly one row.
  return figures as EventFigures;
};

export const FIGURE_LABELS: Record<keyof EventFigures, string> = {
  eventsHeld: "Events held",
  eventsInPartnership: "Events held in partnership",
  namedAttendees: "Named attendees",
  unnamedAttendees: "Unnamed attendees",
  uniqueCustomers: "Different customers who took part",
  tenantCompletions: "Training completions by tenants",
  staffCompletions: "Training completions by staff",
};

/** One row per figure, so the file reads well in a spreadsheet and in a board paper. */
export const figuresCsv = (figures: EventFigures, period: { from: string; to: string; areaName: string }) =>
  toCsv([
    ["figure", "value"],
    ["period from", csvDate(period.from)],
    ["period to", csvDate(period.to)],
    ["area", period.areaName],
    ...(Object.keys(FIGURE_LABELS) as (keyof EventFigures)[]).map((key) => [FIGURE_LABELS[key], String(figures[key])]),
  ]);
