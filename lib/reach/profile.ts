import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CustomerKind, SupportNeedKind } from "@/lib/generated/prisma/enums";
import { listAreas } from "@/lib/people/areas";
import { answerOptions, PREFER_NOT_TO_SAY } from "@/lib/people/equality";
import { CUSTOMER_KIND_LABEL, SUPPORT_NEED_LABEL } from "@/lib/people/labels";
import { ukDayStart } from "@/lib/uk-time";
import {
  equalityAnswerKey,
  EVERYONE,
  profileRows,
  type AudienceDefinition,
  type ProfileCount,
  type ProfileRow,
} from "./rules";

export type Period = { from: Date; to: Date };

/** A financial year, 1 April to 1 April, UK time. */
export const financialYearPeriod = (year: number): Period => ({
  from: ukDayStart(`${year}-04-01`)!,
  to: ukDayStart(`${year + 1}-04-01`)!,
});

/**
 * Everyone involved in the period beside every current customer, counted by the database in one statement.
 * Involved means (not anonymised, and) attended an event, answered a consultation, completed training, belonged
 * to a group or panel, or gave feedback in the period; a former customer involved in it still counts as involved.
 * The customer base is today's current customers: the landlord's records say who they house now, not then.
 */
export const profileCounts = ({ from, to }: Period) =>
  db.$queryRaw<ProfileCount[]>(Prisma.sql`
  WITH involved AS MATERIALIZED (
    SELECT a."customerId" AS id FROM "EventAttendance" a JOIN "Event" e ON e.id = a."eventId"
      WHERE e."startsAt" >= ${from} AND e."startsAt" < ${to}
    UNION SELECT "customerId" FROM "ConsultationResponse"
      WHERE "customerId" IS NOT NULL AND "submittedAt" >= ${from} AND "submittedAt" < ${to}
    UNION SELECT "customerId" FROM "TrainingCompletion"
      WHERE "customerId" IS NOT NULL AND "completedAt" >= ${from} AND "completedAt" < ${to}
    UNION SELECT "customerId" FROM "GroupMembership"
      WHERE "startedOn" < ${to} AND ("endedOn" IS NULL OR "endedOn" >= ${from})
    UNION SELECT "customerId" FROM "Feedback"
      WHERE "customerId" IS NOT NULL AND "createdAt" >= ${from} AND "createdAt" < ${to}
  ),
  people AS MATERIALIZED (
    SELECT c.id, c.kind, h."areaId", c.status = 'ACTIVE' AS housed, i.id IS NOT NULL AS involved
    FROM "Customer" c LEFT JOIN "Home" h ON h.id = c."homeId" LEFT JOIN involved i ON i.id = c.id
    WHERE c."anonymisedAt" IS NULL AND (c.status = 'ACTIVE' OR i.id IS NOT NULL)
  ),
  totals AS (
    SELECT count(*) FILTER (WHERE involved)::int AS involved, count(*) FILTER (WHERE housed)::int AS customers
    FROM people
  ),
  answered AS (
    SELECT q.key, a.answer, count(*) FILTER (WHERE involved)::int AS involved,
      count(*) FILTER (WHERE housed)::int AS customers
    FROM people p JOIN "EqualityAnswer" a ON a."customerId" = p.id JOIN "EqualityQuestion" q ON q.id = a."questionId"
    GROUP BY q.key, a.answer
  )
  SELECT 'total' AS dimension, '' AS value, involved, customers FROM totals
  UNION ALL
  SELECT 'kind', kind::text, count(*) FILTER (WHERE involved)::int, count(*) FILTER (WHERE housed)::int
    FROM people GROUP BY kind
  UNION ALL
  SELECT 'area', coalesce("areaId", ''), count(*) FILTER (WHERE involved)::int, count(*) FILTER (WHERE housed)::int
    FROM people GROUP BY "areaId"
  UNION ALL
  SELECT 'need', s.kind::text, count(*) FILTER (WHERE involved)::int, count(*) FILTER (WHERE housed)::int
    FROM people p JOIN "SupportNeed" s ON s."customerId" = p.id GROUP BY s.kind
  UNION ALL
  SELECT 'eq:' || key, answer, involved, customers FROM answered
  UNION ALL
  -- Not answered: everyone less those who answered (one answer per person and question), rather than crossing every
  -- person with every question (p50 5.7 s to 0.55 s at 50,000 customers on PGlite, npm run bench -- reach).
  SELECT 'eq:' || q.key, '', t.involved - coalesce(sum(a.involved), 0)::int, t.customers - coalesce(sum(a.customers), 0)::int
    FROM "EqualityQuestion" q CROSS JOIN totals t LEFT JOIN answered a ON a.key = q.key
    GROUP BY q.key, t.involved, t.customers`);

export type ProfileGroup = ProfileRow & { label: string; audience: AudienceDefinition | null };
export type ProfileDimension = { key: string; label: string; note?: string; rows: ProfileGroup[] };
export type InvolvementProfile = {
  involved: number;
  customers: number;
  gapPoints: number;
  dimensions: ProfileDimension[];
};

const NOT_ANSWERED = "Not answered";

/** The involvement profile for a period: every dimension, small numbers hidden, seldom-heard groups marked. */
export const getInvolvementProfile = async (period: Period): Promise<InvolvementProfile> => {
  const [counts, areas, questions, landlord] = await Promise.all([
    profileCounts(period),
    listAreas(),
    db.equalityQuestion.findMany({ orderBy: { position: "asc" }, select: { key: true, label: true, options: true } }),
    db.landlord.findUnique({ where: { id: 1 }, select: { reachGapPoints: true } }),
  ]);
  const gapPoints = landlord?.reachGapPoints ?? 5;
  const total = counts.find((row) => row.dimension === "total") ?? { involved: 0, customers: 0 };
  const totals = { involved: total.involved, customers: total.customers };
  const countOf = (dimension: string, value: string) => {
    const row = counts.find((count) => count.dimension === dimension && count.value === value);
    return { value, involved: row?.involved ?? 0, customers: row?.customers ?? 0 };
  };
  const dimension = (
    key: string,
    label: string,
    values: { value: string; label: string; audience: AudienceDefinition | null }[],
    note?: string,
  ): ProfileDimension => {
    const rows = profileRows(
      values.map(({ value }) => countOf(key, value)),
      totals,
      gapPoints,
      (value) => values.find((entry) => entry.value === value)?.audience != null,
    );
    return { key, label, note, rows: rows.map((row, index) => ({ ...row, ...values[index]! })) };
  };
  const hasNoHome = counts.some((row) => row.dimension === "area" && row.value === "");
  return {
    involved: totals.involved,
    customers: totals.customers,
    gapPoints,
    dimensions: [
      ...questions.map((question) =>
        dimension(`eq:${question.key}`, question.label, [
          ...answerOptions(question.options).map((answer) => ({
            value: answer,
            label: answer,
            audience:
              answer === PREFER_NOT_TO_SAY
                ? null
                : { ...EVERYONE, audienceEqualityAnswers: [equalityAnswerKey(question.key, answer)] },
          })),
          { value: "", label: NOT_ANSWERED, audience: null },
        ]),
      ),
      dimension("area", "Area", [
        ...areas.map((area) => ({
          value: area.id,
          label: area.name,
          audience: { ...EVERYONE, audienceAreaIds: [area.id] },
        })),
        ...(hasNoHome ? [{ value: "", label: "No home recorded", audience: null }] : []),
      ]),
      dimension(
        "kind",
        "Kind of customer",
        (Object.keys(CUSTOMER_KIND_LABEL) as CustomerKind[]).map((kind) => ({
          value: kind,
          label: CUSTOMER_KIND_LABEL[kind],
          audience: { ...EVERYONE, audienceKinds: [kind] },
        })),
      ),
      dimension(
        "need",
        "Support need",
        (Object.keys(SUPPORT_NEED_LABEL) as SupportNeedKind[]).map((kind) => ({
          value: kind,
          label: SUPPORT_NEED_LABEL[kind],
          audience: { ...EVERYONE, audienceSupportNeeds: [kind] },
        })),
        "People can have more than one support need, or none, so these do not add up to 100%.",
      ),
    ],
  };
};

/** The seldom-heard groups across every dimension, the widest gap first. */
export const seldomHeard = (profile: InvolvementProfile) =>
  profile.dimensions
    .flatMap((dimension) =>
      dimension.rows
        .filter((row) => row.seldomHeard)
        .map((row) => ({ ...row, dimension: dimension.label, key: `${dimension.key}:${row.value}` })),
    )
    .sort((a, b) => (a.gap ?? -100) - (b.gap ?? -100));
