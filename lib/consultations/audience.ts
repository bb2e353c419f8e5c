import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CUSTOMER_KIND_LABEL, SUPPORT_NEED_LABEL } from "@/lib/people/labels";
import { splitEqualityAnswerKey } from "@/lib/reach/rules";
import type { Audience } from "./rules";

/**
 * The same test as isEligible, in SQL: each list left empty means everyone; lists narrow one another. Exported so
 * that anything sent to an audience (newsletters, invitations) reads it the same way.
 */
export const audienceWhere = (audience: Audience): Prisma.CustomerWhereInput => ({
  status: "ACTIVE",
  anonymisedAt: null,
  ...(audience.audienceAreaIds.length > 0 && { home: { areaId: { in: audience.audienceAreaIds } } }),
  ...(audience.audienceKinds.length > 0 && { kind: { in: audience.audienceKinds } }),
  ...(audience.audienceGroupIds.length > 0 && {
    memberships: { some: { endedOn: null, groupId: { in: audience.audienceGroupIds } } },
  }),
  ...(audience.audienceSupportNeeds.length > 0 && {
    supportNeeds: { some: { kind: { in: audience.audienceSupportNeeds } } },
  }),
  ...(audience.audienceEqualityAnswers.length > 0 && {
    equalityAnswers: {
      some: {
        OR: audience.audienceEqualityAnswers
          .map(splitEqualityAnswerKey)
          .filter((pair) => pair !== null)
          .map(({ questionKey, answer }) => ({ answer, question: { key: questionKey } })),
      },
    },
  }),
});

/** How many customers a consultation is for, and how many of them agreed to be emailed about it. */
export const countAudience = async (audience: Audience) => {
  const where = audienceWhere(audience);
  const [customers, emailable] = await Promise.all([
    db.customer.count({ where }),
    db.customer.count({ where: { ...where, email: { not: null }, consents: { some: { channel: "EMAIL" } } } }),
  ]);
  return { customers, emailable };
};

const anyOf = (names: string[]) =>
  names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;

/**
 * The audience in words, saying how the lists combine: any one area, kind or group within a list is enough, and a
 * customer must match every list that is not left empty.
 */
export const describeAudience = async (audience: Audience) => {
  const [areas, groups, questions] = await Promise.all([
    db.area.findMany({
      where: { id: { in: audience.audienceAreaIds } },
      orderBy: { name: "asc" },
      select: { name: true },
    }),
    db.group.findMany({
      where: { id: { in: audience.audienceGroupIds } },
      orderBy: { name: "asc" },
      select: { name: true },
    }),
    db.equalityQuestion.findMany({ select: { key: true, label: true } }),
  ]);
  const answers = audience.audienceEqualityAnswers.map(splitEqualityAnswerKey).flatMap((pair) => {
    const question = pair && questions.find((entry) => entry.key === pair.questionKey);
    return question && pair ? [`${pair.answer} (${question.label.toLowerCase()})`] : [];
  });
  const parts = [
    areas.length > 0 && `living in ${anyOf(areas.map((area) => area.name))}`,
    audience.audienceKinds.length > 0 &&
      `who are ${anyOf(audience.audienceKinds.map((kind) => `${CUSTOMER_KIND_LABEL[kind].toLowerCase()}s`))}`,
    groups.length > 0 && `who belong to ${anyOf(groups.map((group) => group.name))}`,
    audience.audienceSupportNeeds.length > 0 &&
      `who asked for ${anyOf(audience.audienceSupportNeeds.map((kind) => SUPPORT_NEED_LABEL[kind].toLowerCase()))}`,
    answers.length > 0 && `who answered ${anyOf(answers)} in equality monitoring`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0)
    return "All current customers: no area, kind of customer, group, support need or equality answer was chosen, so nobody is left out.";
  return `Current customers ${parts.join(", and ")}.${parts.length > 1 ? " A customer must match all of these." : ""}`;
};
