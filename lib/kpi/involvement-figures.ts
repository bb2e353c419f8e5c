import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { quarterKey } from "./rules";
import { type Quarter, quarterBounds } from "@/lib/uk-time";

export type InvolvementRow = {
  key: string;
  involvedCustomers: number;
  newCustomersInvolved: number;
  eventsHeld: number;
  eventsInPartnership: number;
  eventAttendees: number;
  trainingCompletions: number;
  consultationsHeld: number;
  responses: number;
  eligible: number;
  outcomesDue: number;
  outcomesOnTime: number;
};

type Options = { quarters: Quarter[]; areaId?: string; now: Date };

/**
 * Every involvement figure for several quarters, counted by the database in one statement.
 * - An event counts once it has started; attendees are named attendances plus walk-ins counted at the door.
 * - A customer is involved in a quarter if they attended an event, answered a consultation or belonged to a
 *   group in it; "new" means their first involvement ever fell in the quarter. Customers count in the area of
 *   their home, events in the event's own area.
 * - Consultations count in the quarter they closed; the response rate is all their responses over all the
 *   customers eligible for them (today's customers, as the audience rule in lib/consultations/rules.ts reads them).
 * - An outcome is on time when published by its due date (closing plus the consultation's days), counted in
 *   the quarter it fell due, once that date has passed.
 */
export const getInvolvementFigures = async ({
  quarters,
  areaId,
  now,
}: Options): Promise<Map<string, InvolvementRow>> => {
  const area = areaId ?? null;
  const periods = Prisma.join(
    quarters.map((q) => {
      const { start, end } = quarterBounds(q);
      return Prisma.sql`(${quarterKey(q)}, ${start}::timestamp, ${end}::timestamp)`;
    }),
  );
  const rows = await db.$queryRaw<InvolvementRow[]>(involvementSql(periods, area, now));
  return new Map(rows.map((row) => [row.key, row]));
};

export const involvementSql = (periods: Prisma.Sql, area: string | null, now: Date) => Prisma.sql`
    WITH q(key, s, e) AS (VALUES ${periods}),
    held AS (
      SELECT id, "startsAt", partners, "unnamedAttendees" FROM "Event"
      WHERE "startsAt" <= ${now} AND (CAST(${area} AS text) IS NULL OR "areaId" = CAST(${area} AS text))
        AND "startsAt" >= (SELECT min(s) FROM q) AND "startsAt" < (SELECT max(e) FROM q)
    ),
    activity AS (
      SELECT a."customerId", ev."startsAt" AS s, ev."startsAt" AS e FROM "EventAttendance" a JOIN "Event" ev ON ev.id = a."eventId" WHERE ev."startsAt" <= ${now}
      UNION ALL
      SELECT r."customerId", r."submittedAt", r."submittedAt" FROM "ConsultationResponse" r WHERE r."customerId" IS NOT NULL
      UNION ALL
      SELECT m."customerId", m."startedOn", COALESCE(m."endedOn", ${now}) FROM "GroupMembership" m
    ),
    local_activity AS (
      ${
        area === null
          ? Prisma.sql`SELECT * FROM activity`
          : Prisma.sql`SELECT activity.* FROM activity JOIN "Customer" c ON c.id = activity."customerId" JOIN "Home" h ON h.id = c."homeId" WHERE h."areaId" = ${area}`
      }
    ),
    -- One pass each, grouped by quarter (MATERIALIZED, or PostgreSQL inlines them and scans once per quarter).
    -- Activity is bucketed into customer x quarter rows first (UNION hashes away repeats), then counted:
    -- count(DISTINCT) over a range join sorted every quarter's activity and was most of the dashboard's time.
    -- A visit or answer (s = e) finds its quarter by width_bucket over the quarters' starts, an equality the
    -- database hashes, instead of being compared with every quarter; only memberships need the range test.
    numbered AS (SELECT key, s, e, row_number() OVER (ORDER BY s)::int AS n FROM q),
    starts AS (SELECT array_agg(s ORDER BY s) AS a FROM q),
    involved_pairs AS MATERIALIZED (
      SELECT nq.key, la."customerId" FROM local_activity la CROSS JOIN starts JOIN numbered nq ON nq.n = width_bucket(la.s, starts.a)
      WHERE la.s = la.e AND la.s < nq.e
      UNION
      SELECT q.key, la."customerId" FROM q JOIN local_activity la ON la.s <> la.e AND la.s < q.e AND la.e >= q.s
    ),
    involved AS MATERIALIZED (SELECT key, count(*) AS n FROM involved_pairs GROUP BY key),
    first_involved AS (SELECT "customerId", min(s) AS first FROM local_activity GROUP BY "customerId"),
    new_involved AS MATERIALIZED (
      SELECT q.key, count(*) AS n FROM q JOIN first_involved f ON f.first >= q.s AND f.first < q.e GROUP BY q.key
    ),
    closed AS (
      SELECT c.id, c."closesAt", c."audienceAreaIds", c."audienceKinds", c."audienceGroupIds", c."audienceSupportNeeds",
        c."audienceEqualityAnswers" FROM "Consultation" c
      WHERE c.status <> 'DRAFT' AND c."closesAt" <= ${now}
        AND c."closesAt" >= (SELECT min(s) FROM q) AND c."closesAt" < (SELECT max(e) FROM q)
    ),
    -- Customers who could respond to a consultation, read once for every consultation's audience.
    people AS MATERIALIZED (
      SELECT cu.id, cu.kind, h."areaId" FROM "Customer" cu LEFT JOIN "Home" h ON h.id = cu."homeId"
      WHERE cu.status = 'ACTIVE' AND cu."anonymisedAt" IS NULL
    ),
    closed_counts AS (
      SELECT closed.id, closed."closesAt",
        (SELECT count(*) FROM "ConsultationResponse" r WHERE r."consultationId" = closed.id) AS responses,
        (SELECT count(*) FROM people p
          WHERE (coalesce(cardinality(closed."audienceAreaIds"), 0) = 0 OR p."areaId" = ANY(closed."audienceAreaIds"))
            AND (coalesce(cardinality(closed."audienceKinds"), 0) = 0 OR p.kind = ANY(closed."audienceKinds"))
            AND (coalesce(cardinality(closed."audienceGroupIds"), 0) = 0 OR EXISTS (
              SELECT 1 FROM "GroupMembership" m WHERE m."customerId" = p.id AND m."endedOn" IS NULL AND m."groupId" = ANY(closed."audienceGroupIds")))
            AND (coalesce(cardinality(closed."audienceSupportNeeds"), 0) = 0 OR EXISTS (
              SELECT 1 FROM "SupportNeed" s WHERE s."customerId" = p.id AND s.kind = ANY(closed."audienceSupportNeeds")))
            AND (coalesce(cardinality(closed."audienceEqualityAnswers"), 0) = 0 OR EXISTS (
              SELECT 1 FROM "EqualityAnswer" a JOIN "EqualityQuestion" eq ON eq.id = a."questionId"
              WHERE a."customerId" = p.id AND eq.key || '=' || a.answer = ANY(closed."audienceEqualityAnswers")))
        ) AS eligible
      FROM closed
    ),
    outcomes AS (
      SELECT "closesAt" + make_interval(days => "outcomeDueDays") AS due, "outcomePublishedAt" FROM "Consultation"
      WHERE status <> 'DRAFT' AND "closesAt" + make_interval(days => "outcomeDueDays") <= ${now}
    )
    SELECT q.key,
      coalesce((SELECT n FROM involved WHERE involved.key = q.key), 0)::int AS "involvedCustomers",
      coalesce((SELECT n FROM new_involved WHERE new_involved.key = q.key), 0)::int AS "newCustomersInvolved",
      (SELECT count(*) FROM held WHERE held."startsAt" >= q.s AND held."startsAt" < q.e)::int AS "eventsHeld",
      (SELECT count(*) FROM held WHERE held."startsAt" >= q.s AND held."startsAt" < q.e AND coalesce(cardinality(held.partners), 0) > 0)::int AS "eventsInPartnership",
      ((SELECT count(*) FROM "EventAttendance" a JOIN held ON held.id = a."eventId" WHERE held."startsAt" >= q.s AND held."startsAt" < q.e)
        + (SELECT coalesce(sum(held."unnamedAttendees"), 0) FROM held WHERE held."startsAt" >= q.s AND held."startsAt" < q.e))::int AS "eventAttendees",
      (SELECT count(*) FROM "TrainingCompletion" t JOIN held ON held.id = t."eventId"
        WHERE t."customerId" IS NOT NULL AND held."startsAt" >= q.s AND held."startsAt" < q.e)::int AS "trainingCompletions",
      (SELECT count(*) FROM closed_counts cc WHERE cc."closesAt" >= q.s AND cc."closesAt" < q.e)::int AS "consultationsHeld",
      (SELECT coalesce(sum(responses), 0) FROM closed_counts cc WHERE cc."closesAt" >= q.s AND cc."closesAt" < q.e)::int AS responses,
      (SELECT coalesce(sum(eligible), 0) FROM closed_counts cc WHERE cc."closesAt" >= q.s AND cc."closesAt" < q.e)::int AS eligible,
      (SELECT count(*) FROM outcomes o WHERE o.due >= q.s AND o.due < q.e)::int AS "outcomesDue",
      (SELECT count(*) FROM outcomes o WHERE o.due >= q.s AND o.due < q.e AND o."outcomePublishedAt" <= o.due)::int AS "outcomesOnTime"
    FROM q`;
