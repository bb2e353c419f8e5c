import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Quarter, quarterBounds, ukDay } from "@/lib/uk-time";
import { quarterKey } from "./rules";

export type ScrutinyRow = { key: string; open: number; overdue: number };

type Options = { quarters: Quarter[]; now: Date };

/**
 * Scrutiny recommendations the landlord had agreed (accepted or partly accepted) and not completed, as they
 * stood at the end of each finished quarter, counted by the database in one statement. Overdue ones were due
 * before that moment, as lib/scrutiny/rules.ts judges lateness on the day after: an action due on the
 * quarter's last day and not done by midnight is overdue. A quarter still running has no figure yet.
 */
export const getScrutinyFigures = async ({ quarters, now }: Options): Promise<Map<string, ScrutinyRow>> => {
  const finished = quarters.filter((q) => quarterBounds(q).end <= now);
  if (finished.length === 0) return new Map();
  const periods = Prisma.join(
    finished.map((q) => {
      const { end } = quarterBounds(q);
      // The quarter's end as an instant (for responses) and as the UK day after it (due and completion days).
      return Prisma.sql`(${quarterKey(q)}, ${end}::timestamp, ${ukDay(end)}::date)`;
    }),
  );
  const rows = await db.$queryRaw<ScrutinyRow[]>`
    WITH q(key, e, day) AS (VALUES ${periods})
    SELECT q.key,
      count(c.id)::int AS open,
      (count(c.id) FILTER (WHERE c."dueOn" < q.day))::int AS overdue
    FROM q LEFT JOIN "ScrutinyRecommendation" c
      ON c.response IN ('ACCEPTED', 'PARTLY_ACCEPTED') AND c."respondedAt" < q.e
        AND (c."completedOn" IS NULL OR c."completedOn" >= q.day)
    GROUP BY q.key`;
  return new Map(rows.map((row) => [row.key, row]));
};
