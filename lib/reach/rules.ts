import type { CustomerKind, SupportNeedKind } from "@/lib/generated/prisma/enums";
import { SMALL_NUMBER_THRESHOLD, suppressSmallCounts } from "@/lib/people/equality";

/** One count from the database: people involved in the period and customers housed, for one value of a dimension. */
export type ProfileCount = { dimension: string; value: string; involved: number; customers: number };

/**
 * Who a targeted consultation (or, later, a newsletter or invitation) is for. Each list left empty means everyone;
 * lists narrow one another. Equality answers are "questionKey=answer", such as "age=16 to 24".
 */
export type AudienceDefinition = {
  audienceAreaIds: string[];
  audienceKinds: CustomerKind[];
  audienceGroupIds: string[];
  audienceSupportNeeds: SupportNeedKind[];
  audienceEqualityAnswers: string[];
};

export const EVERYONE: AudienceDefinition = {
  audienceAreaIds: [],
  audienceKinds: [],
  audienceGroupIds: [],
  audienceSupportNeeds: [],
  audienceEqualityAnswers: [],
};

export const equalityAnswerKey = (questionKey: string, answer: string) => `${questionKey}=${answer}`;

export const splitEqualityAnswerKey = (value: string) => {
  const at = value.indexOf("=");
  return at < 1 ? null : { questionKey: value.slice(0, at), answer: value.slice(at + 1) };
};

/** An audience as a query string, read back by the consultation schemas' `ZAudience`. */
export const audienceQuery = (audience: AudienceDefinition) => {
  const query = new URLSearchParams();
  for (const [name, values] of Object.entries(audience) as [string, string[]][])
    for (const value of values) query.append(name, value);
  return query.toString();
};

/** The address of a new consultation for this audience, its lists already ticked. */
export const consultationForAudience = (audience: AudienceDefinition) =>
  `/staff/consultations/new?${audienceQuery(audience)}`;

/** The address of a new newsletter for this audience, its boxes already ticked (read by the same parser). */
export const newsletterForAudience = (audience: AudienceDefinition) =>
  `/staff/communications/new?${audienceQuery(audience)}`;

/** Every answer to every equality question as a box to tick, valued as equalityAnswerKey. */
export const equalityAnswerOptions = (questions: { key: string; label: string; options: string[] }[]) =>
  questions.flatMap((question) =>
    question.options.map((answer) => ({
      value: equalityAnswerKey(question.key, answer),
      label: `${question.label}: ${answer}`,
    })),
  );

/** A share in percent to one decimal place; nothing of nobody is 0. */
export const share = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 1000) / 10);

export type ProfileRow = {
  value: string;
  involved: number | null;
  customers: number | null;
  involvedShare: number | null;
  customerShare: number | null;
  /** Involved share minus customer share, in percentage points; negative means under-represented. */
  gap: number | null;
  seldomHeard: boolean;
};

/**
 * One dimension's rows with small numbers hidden in each column (lib/people/equality.ts), their shares of the
 * totals, and whether the group is seldom heard: its share of those involved is `gapPoints` or more below its
 * share of customers. That test reads the true counts, so a group with 1 to 4 people involved is still flagged,
 * but its hidden figures stay hidden. Values that cannot be targeted ("" for not answered, prefer not to say)
 * are never flagged.
 */
export const profileRows = (
  counts: { value: string; involved: number; customers: number }[],
  totals: { involved: number; customers: number },
  gapPoints: number,
  targetable: (value: string) => boolean,
): ProfileRow[] => {
  const involved = suppressSmallCounts(counts.map((row) => ({ answer: row.value, count: row.involved })));
  const customers = suppressSmallCounts(counts.map((row) => ({ answer: row.value, count: row.customers })));
  return counts.map((row, index) => {
    const shownInvolved = involved[index]!.count;
    const shownCustomers = customers[index]!.count;
    const involvedShare = share(row.involved, totals.involved);
    const customerShare = share(row.customers, totals.customers);
    const bothShown = shownInvolved !== null && shownCustomers !== null;
    return {
      value: row.value,
      involved: shownInvolved,
      customers: shownCustomers,
      involvedShare: shownInvolved === null ? null : involvedShare,
      customerShare: shownCustomers === null ? null : customerShare,
      gap: bothShown ? Math.round((involvedShare - customerShare) * 10) / 10 : null,
      seldomHeard:
        targetable(row.value) && row.customers >= SMALL_NUMBER_THRESHOLD && customerShare - involvedShare >= gapPoints,
    };
  });
};
