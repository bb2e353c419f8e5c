import type { Prisma } from "@/lib/generated/prisma/client";
import { equalityAnswerKey } from "@/lib/reach/rules";
import type { CustomerFacts } from "./rules";

/** What eligibility needs to know about a customer, read the same way by pages and use cases. */
export const respondentSelect = {
  id: true,
  status: true,
  anonymisedAt: true,
  kind: true,
  home: { select: { areaId: true } },
  memberships: { where: { endedOn: null }, select: { groupId: true } },
  supportNeeds: { select: { kind: true } },
  equalityAnswers: { select: { answer: true, question: { select: { key: true } } } },
} satisfies Prisma.CustomerSelect;

type Respondent = Prisma.CustomerGetPayload<{ select: typeof respondentSelect }>;

export const toFacts = (customer: Respondent): CustomerFacts & { id: string } => ({
  id: customer.id,
  status: customer.status,
  anonymisedAt: customer.anonymisedAt,
  kind: customer.kind,
  areaId: customer.home?.areaId ?? null,
  groupIds: customer.memberships.map((m) => m.groupId),
  supportNeeds: customer.supportNeeds.map((need) => need.kind),
  equalityAnswers: customer.equalityAnswers.map((row) => equalityAnswerKey(row.question.key, row.answer)),
});
