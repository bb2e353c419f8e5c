import { db } from "@/lib/db";
import { SMALL_NUMBER_THRESHOLD } from "@/lib/people/equality";

type Row = {
  kind: string;
  activityId: string;
  title: string;
  answered: number;
  accessibleYes: number;
  accessiblePartly: number;
  accessibleNo: number;
  listenedYes: number;
  listenedPartly: number;
  listenedNo: number;
};

export type EvaluationFigures = Omit<Row, "kind" | "activityId" | "title">;

/**
 * Evaluation answers per activity and per kind of activity (an event's kind, or a consultation), counted in SQL.
 * Where fewer than 5 people answered, the figures and comments are held back: with so few, an officer who was
 * there could tell who said what.
 */
export const getEvaluationResults = async () => {
  const rows = await db.$queryRaw<(Row & { grouped: number })[]>`
    SELECT coalesce(e.kind::text, 'CONSULTATION') AS kind,
      coalesce(v."eventId", v."consultationId", '') AS "activityId",
      coalesce(e.title, c.title, '') AS title,
      GROUPING(coalesce(v."eventId", v."consultationId", ''), coalesce(e.title, c.title, ''))::int AS grouped,
      count(*)::int AS answered,
      count(*) FILTER (WHERE v.accessible = 'YES')::int AS "accessibleYes",
      count(*) FILTER (WHERE v.accessible = 'PARTLY')::int AS "accessiblePartly",
      count(*) FILTER (WHERE v.accessible = 'NO')::int AS "accessibleNo",
      count(*) FILTER (WHERE v."listenedTo" = 'YES')::int AS "listenedYes",
      count(*) FILTER (WHERE v."listenedTo" = 'PARTLY')::int AS "listenedPartly",
      count(*) FILTER (WHERE v."listenedTo" = 'NO')::int AS "listenedNo"
    FROM "Evaluation" v
    LEFT JOIN "Event" e ON e.id = v."eventId"
    LEFT JOIN "Consultation" c ON c.id = v."consultationId"
    GROUP BY GROUPING SETS (
      (coalesce(e.kind::text, 'CONSULTATION')),
      (coalesce(e.kind::text, 'CONSULTATION'), coalesce(v."eventId", v."consultationId", ''), coalesce(e.title, c.title, ''))
    )
    ORDER BY 1, 3`;
  const shown = (row: Row) => row.answered >= SMALL_NUMBER_THRESHOLD;
  const activities = rows.filter((row) => row.grouped === 0);
  const comments = await db.evaluation.findMany({
    where: {
      whatWouldHelp: { not: null },
      OR: [
        { eventId: { in: activities.filter(shown).map((row) => row.activityId) } },
        { consultationId: { in: activities.filter(shown).map((row) => row.activityId) } },
      ],
    },
    // By the random id: the order they were written in could be matched with receipts.
    orderBy: { id: "asc" },
    select: { eventId: true, consultationId: true, whatWouldHelp: true },
  });
  return {
    kinds: rows.filter((row) => row.grouped !== 0).map((row) => ({ ...row, shown: shown(row) })),
    activities: activities.map((row) => ({
      ...row,
      shown: shown(row),
      comments: comments
        .filter((comment) => (comment.eventId ?? comment.consultationId) === row.activityId)
        .map((comment) => comment.whatWouldHelp as string),
    })),
  };
};
