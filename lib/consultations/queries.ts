import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, paginate } from "@/lib/paging";
import { listAreas } from "@/lib/people/areas";
import { answerOptions, suppressSmallCounts } from "@/lib/people/equality";
import { answerField, otherField, OTHER } from "@/lib/questions/rules";
import { inOrder } from "./guards";
import { respondentSelect, toFacts } from "./respondents";
import {
  effectiveStatus,
  isEligible,
  isOutcomeOverdue,
  LIVE_STATUSES,
  outcomeDueAt,
  tenantResponseStep,
} from "./rules";
import type { ResultsFilter } from "./schemas";
import { customerKindOptions } from "@/lib/people/labels";
import { getLandlord } from "@/lib/landlord/queries";

const summarySelect = {
  id: true,
  title: true,
  summary: true,
  topic: true,
  status: true,
  opensAt: true,
  closesAt: true,
  outcomeDueDays: true,
  documents: {
    orderBy: { uploadedAt: "asc" },
    select: { id: true, consultationId: true, title: true, sizeBytes: true },
  },
} satisfies Prisma.ConsultationSelect;

const withStatus = <
  T extends { status: Parameters<typeof effectiveStatus>[0]["status"]; opensAt: Date; closesAt: Date },
>(
  row: T,
  now: Date,
) => ({
  ...row,
  effectiveStatus: effectiveStatus(row, now),
});

/**
 * Each consultation's number of responses, for one page of consultations. Prisma's `_count` in a list counts the
 * responses to every consultation there is (a GROUP BY over the whole table: 11 ms of database time at 40,000
 * responses) before the page is picked; this counts the page's only, from the index on consultationId.
 */
const withResponseCounts = async <Row extends { id: string }>(rows: Row[]) => {
  const groups = rows.length
    ? await db.consultationResponse.groupBy({
        by: ["consultationId"],
        where: { consultationId: { in: rows.map((row) => row.id) } },
        _count: { _all: true },
      })
    : [];
  const counts = new Map(groups.map((group) => [group.consultationId, group._count._all]));
  return rows.map((row) => ({ ...row, _count: { responses: counts.get(row.id) ?? 0 } }));
};

/** One page of every consultation, newest first; the id keeps ones created in the same instant in a fixed order. */
export const listConsultationsForStaff = async (now: Date, page: number) => {
  const { rows, ...paging } = await paginate(
    page,
    PAGE_SIZE,
    () => db.consultation.count(),
    (window) =>
      db.consultation
        .findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window, select: summarySelect })
        .then(withResponseCounts),
  );
  return {
    consultations: rows.map((row) => ({ ...withStatus(row, now), overdue: isOutcomeOverdue(row, now) })),
    ...paging,
  };
};

/**
 * Closed consultations whose "You said, We did" is late: how many, and the `shown` longest overdue (all of them when
 * not given). The due date counts working days, so the last step is in JavaScript; only consultations still without
 * an outcome are read.
 */
export const listOverdueOutcomes = async (now: Date, shown?: number) => {
  const overdue = (
    await db.consultation.findMany({
      where: { status: { in: ["SCHEDULED", "OPEN", "CLOSED", "RESULTS_PUBLISHED"] }, closesAt: { lte: now } },
      orderBy: { closesAt: "asc" },
      select: { id: true, title: true, status: true, opensAt: true, closesAt: true, outcomeDueDays: true },
    })
  )
    .filter((row) => isOutcomeOverdue(row, now))
    // The due date is what each list shows beside the title.
    .map((row) => ({ ...row, outcomeDueAt: outcomeDueAt(row.closesAt, row.outcomeDueDays) }));
  return { total: overdue.length, oldest: overdue.slice(0, shown) };
};

export const getConsultationForStaff = async (id: string, now: Date) => {
  const consultation = await db.consultation.findUnique({
    where: { id },
    select: {
      ...summarySelect,
      audienceAreaIds: true,
      audienceKinds: true,
      audienceGroupIds: true,
      audienceSupportNeeds: true,
      audienceEqualityAnswers: true,
      youSaid: true,
      outcome: true,
      outcomePublishedAt: true,
      resultsPublishedAt: true,
      questions: inOrder(id),
      _count: { select: { responses: true } },
    },
  });
  return consultation && withStatus(consultation, now);
};

export type StaffConsultation = NonNullable<Awaited<ReturnType<typeof getConsultationForStaff>>>;

export const getAudienceChoices = async () => {
  const [areas, groups, questions, landlord] = await Promise.all([
    listAreas(),
    db.group.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.equalityQuestion.findMany({ orderBy: { position: "asc" }, select: { key: true, label: true, options: true } }),
    getLandlord(),
  ]);
  return { areas, groups, questions, kinds: customerKindOptions(landlord.regime) };
};

const customerFacts = async (customerId: string) => {
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: respondentSelect });
  return customer && toFacts(customer);
};

const audienceSelect = {
  audienceAreaIds: true,
  audienceKinds: true,
  audienceGroupIds: true,
  audienceSupportNeeds: true,
  audienceEqualityAnswers: true,
} as const;

/** Open consultations this customer may answer, and whether they already have. */
export const listOpenForCustomer = async (customerId: string, now: Date) => {
  const customer = await customerFacts(customerId);
  if (!customer) return [];
  const open = await db.consultation.findMany({
    where: { status: { in: LIVE_STATUSES }, opensAt: { lte: now }, closesAt: { gt: now } },
    orderBy: { closesAt: "asc" },
    select: { ...summarySelect, ...audienceSelect, responses: { where: { customerId }, select: { channel: true } } },
  });
  return open
    .filter((row) => isEligible(customer, row))
    .map(({ responses, ...row }) => ({ ...row, step: tenantResponseStep("OPEN", responses[0] ?? null) }));
};

/** Previous answers in the shape the form posts, so a returning tenant sees and can change them. */
const toFormValues = (
  answers: { questionId: string; option: string | null; number: number | null; text: string | null }[],
) => {
  const values: Record<string, string | string[]> = {};
  for (const answer of answers) {
    const field = answerField(answer.questionId);
    if (answer.option !== null) {
      const current = values[field];
      values[field] =
        current === undefined ? answer.option : [...(Array.isArray(current) ? current : [current]), answer.option];
      if (answer.option === OTHER && answer.text) values[otherField(answer.questionId)] = answer.text;
    } else if (answer.number !== null) values[field] = String(answer.number);
    else if (answer.text !== null) values[field] = answer.text;
  }
  return values;
};

/** The questionnaire for a customer, or null when it is not theirs to see (draft, or outside its audience). */
export const getQuestionnaireForCustomer = async (id: string, customerId: string, now: Date) => {
  const [customer, consultation] = await Promise.all([
    customerFacts(customerId),
    db.consultation.findUnique({
      where: { id },
      select: {
        ...summarySelect,
        ...audienceSelect,
        questions: inOrder(id),
        youSaid: true,
        outcome: true,
        responses: {
          where: { customerId },
          select: { channel: true, answers: { select: { questionId: true, option: true, number: true, text: true } } },
        },
      },
    }),
  ]);
  const [response] = consultation?.responses ?? [];
  // A respondent keeps seeing what they answered, and what changed, even after moving out of the audience.
  if (
    !customer ||
    !consultation ||
    consultation.status === "DRAFT" ||
    (!response && !isEligible(customer, consultation))
  )
    return null;
  return {
    ...withStatus(consultation, now),
    response: response ? { channel: response.channel, values: toFormValues(response.answers) } : null,
  };
};

/** Closed consultations this customer answered, newest first, with what changed once the outcome is published. */
export const listAnsweredClosedForCustomer = async (customerId: string, now: Date) =>
  (
    await db.consultation.findMany({
      where: {
        OR: [
          { status: { in: ["CLOSED", "RESULTS_PUBLISHED", "OUTCOME_PUBLISHED"] } },
          { status: { in: LIVE_STATUSES }, closesAt: { lte: now } },
        ],
        responses: { some: { customerId } },
      },
      orderBy: { closesAt: "desc" },
      select: { id: true, title: true, status: true, opensAt: true, closesAt: true, youSaid: true, outcome: true },
    })
  ).map((row) => withStatus(row, now));

/** The public consultation hub: everything published, with the status people should see. */
const publicSelect = { ...summarySelect, outcomePublishedAt: true } satisfies Prisma.ConsultationSelect;

/** Consultations open now or coming soon, for the public hub: a landlord has only a few at any time. */
export const listLivePublicConsultations = async (now: Date) =>
  (
    await db.consultation.findMany({
      where: { status: { in: [...LIVE_STATUSES] }, closesAt: { gt: now } },
      orderBy: { opensAt: "desc" },
      select: publicSelect,
    })
  ).map((row) => withStatus(row, now));

/**
 * One page of closed consultations, the most recently closed first. Closed by its status, or still marked open or
 * scheduled with its closing time passed (the scheduled job has not caught up), as effectiveStatus says.
 */
export const listClosedPublicConsultations = async (now: Date, page: number) => {
  const where: Prisma.ConsultationWhereInput = {
    OR: [
      { status: { in: ["CLOSED", "RESULTS_PUBLISHED", "OUTCOME_PUBLISHED"] } },
      { status: { in: [...LIVE_STATUSES] }, closesAt: { lte: now } },
    ],
  };
  const { rows, ...paging } = await paginate(
    page,
    PAGE_SIZE,
    () => db.consultation.count({ where }),
    (window) =>
      db.consultation.findMany({
        where,
        orderBy: [{ closesAt: "desc" }, { id: "desc" }],
        ...window,
        select: publicSelect,
      }),
  );
  return { consultations: rows.map((row) => withStatus(row, now)), ...paging };
};

/** One page of "You said, We did", the most recently published first. */
export const listPublishedOutcomes = (page = 1) => {
  const where = { status: "OUTCOME_PUBLISHED" } satisfies Prisma.ConsultationWhereInput;
  return paginate(
    page,
    PAGE_SIZE,
    () => db.consultation.count({ where }),
    (window) =>
      db.consultation
        .findMany({
          where,
          orderBy: [{ outcomePublishedAt: "desc" }, { id: "desc" }],
          ...window,
          select: { id: true, title: true, youSaid: true, closesAt: true, outcome: true, outcomePublishedAt: true },
        })
        .then(withResponseCounts),
  );
};

const responseFilter = (consultationId: string, filter: ResultsFilter) => Prisma.sql`
  r."consultationId" = ${consultationId}
  ${filter.area ? Prisma.sql`AND r."areaId" = ${filter.area}` : Prisma.empty}
  ${filter.kind ? Prisma.sql`AND r."customerKind"::text = ${filter.kind}` : Prisma.empty}
  ${filter.channel ? Prisma.sql`AND r."channel"::text = ${filter.channel}` : Prisma.empty}`;

/**
 * Counts per answer, per question, done by the database (index on answers by question and option), so the
 * page stays quick with many thousands of responses.
 */
export const getResultCounts = async (consultationId: string, filter: ResultsFilter) => {
  const where = responseFilter(consultationId, filter);
  const [options, answered, numbers, [total]] = await Promise.all([
    db.$queryRaw<{ questionId: string; option: string; count: number }[]>`
      SELECT a."questionId", a."option", count(*)::int AS "count"
      FROM "ConsultationAnswer" a JOIN "ConsultationResponse" r ON r."id" = a."responseId"
      WHERE ${where} AND a."option" IS NOT NULL
      GROUP BY a."questionId", a."option"`,
    db.$queryRaw<{ questionId: string; count: number }[]>`
      SELECT a."questionId", count(DISTINCT a."responseId")::int AS "count"
      FROM "ConsultationAnswer" a JOIN "ConsultationResponse" r ON r."id" = a."responseId"
      WHERE ${where}
      GROUP BY a."questionId"`,
    db.$queryRaw<{ questionId: string; average: number; minimum: number; maximum: number }[]>`
      SELECT a."questionId", avg(a."number")::float8 AS "average", min(a."number") AS "minimum", max(a."number") AS "maximum"
      FROM "ConsultationAnswer" a JOIN "ConsultationResponse" r ON r."id" = a."responseId"
      WHERE ${where} AND a."number" IS NOT NULL
      GROUP BY a."questionId"`,
    db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS "count" FROM "ConsultationResponse" r WHERE ${where}`,
  ]);
  return { options, answered, numbers, total: total?.count ?? 0 };
};

/** Written answers ("free text" and "other, please specify"), newest first. */
export const listWrittenAnswers = (consultationId: string, filter: ResultsFilter) =>
  db.consultationAnswer.findMany({
    where: {
      text: { not: null },
      response: {
        consultationId,
        ...(filter.area && { areaId: filter.area }),
        ...(filter.kind && { customerKind: filter.kind }),
        ...(filter.channel && { channel: filter.channel }),
      },
    },
    orderBy: { id: "desc" },
    take: 500,
    select: { id: true, questionId: true, text: true, redactedAt: true },
  });

/**
 * Who responded, by each equality question, so officers can see whose voices are missing. Only respondents
 * known by name count; numbers under 5 are hidden by the same rule as the equality monitoring page.
 */
export const getRespondentEquality = async (consultationId: string) => {
  const [questions, counts] = await Promise.all([
    db.equalityQuestion.findMany({ orderBy: { position: "asc" }, select: { id: true, label: true, options: true } }),
    db.$queryRaw<{ questionId: string; answer: string; count: number }[]>`
      SELECT e."questionId", e."answer", count(*)::int AS "count"
      FROM "ConsultationResponse" r JOIN "EqualityAnswer" e ON e."customerId" = r."customerId"
      WHERE r."consultationId" = ${consultationId}
      GROUP BY e."questionId", e."answer"`,
  ]);
  const countOf = (questionId: string, answer: string) =>
    counts.find((row) => row.questionId === questionId && row.answer === answer)?.count ?? 0;
  return questions.map((question) => ({
    label: question.label,
    rows: suppressSmallCounts(
      answerOptions(question.options).map((answer) => ({ answer, count: countOf(question.id, answer) })),
    ),
  }));
};

/** One written answer, for the page that confirms removing it. */
export const getWrittenAnswer = (consultationId: string, answerId: bigint) =>
  db.consultationAnswer.findFirst({
    where: { id: answerId, text: { not: null }, response: { consultationId } },
    select: { id: true, text: true, redactedAt: true, question: { select: { label: true } } },
  });
