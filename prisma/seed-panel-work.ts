// Demo group work: the scrutiny panel writing its own report on anti-social behaviour (members' evidence, two
// wordings of the findings, a drafted recommendation, one vote cast) and the monitoring group's signed-off review
// of last quarter's action plan, which the board's strategy report shows beside the officers' progress. The
// demo tenant (Morag Campbell) sits on both groups so her journey can be walked.
import type { Tx } from "../lib/db";
import type { MonitoringRating } from "../lib/generated/prisma/enums";
import { financialQuarter, ukToday } from "../lib/uk-time";
import { DRAFT_REVIEW_ID } from "./seed-scrutiny";

const DAY = 86_400_000;
const MONITORING_GROUP = "group-panel";
const DEMO_CUSTOMER = "customer-00001";
const RATINGS: MonitoringRating[] = ["ON_TRACK", "ON_TRACK", "SOME_CONCERNS"];

const joinIfNotMember = async (tx: Tx, groupId: string, startedOn: Date) => {
  const current = await tx.groupMembership.findFirst({
    where: { groupId, customerId: DEMO_CUSTOMER, endedOn: null },
    select: { id: true },
  });
  if (!current) await tx.groupMembership.create({ data: { groupId, customerId: DEMO_CUSTOMER, startedOn } });
};

export const seedPanelWork = async (tx: Tx, now = new Date()) => {
  const today = ukToday(now);
  const daysAgo = (days: number) => new Date(today.getTime() - days * DAY);
  const morag = await tx.user.findFirstOrThrow({ where: { customerId: DEMO_CUSTOMER }, select: { id: true } });
  const officer = await tx.user.findFirstOrThrow({ where: { role: "OFFICER" }, select: { id: true } });
  await joinIfNotMember(tx, "group-scrutiny", daysAgo(400));
  await joinIfNotMember(tx, MONITORING_GROUP, daysAgo(400));

  // The review in progress: the panel is writing its report and has started voting.
  const findings = [
    { text: "Reports are logged quickly but people are rarely told what happens next.", authorId: morag.id },
    {
      text: "Reports are logged within a day, but in 7 of the 10 cases we followed no one was told what happened next.",
      authorId: officer.id,
    },
  ];
  await tx.scrutinyReview.update({
    where: { id: DRAFT_REVIEW_ID },
    data: { status: "REPORTING", findings: findings[1]!.text },
  });
  await tx.scrutinyEvidence.createMany({
    data: [
      {
        reviewId: DRAFT_REVIEW_ID,
        kind: "SITE_VISIT",
        gatheredOn: daysAgo(30),
        note: "Walked the Riverside estate with the neighbourhood officer.",
        addedById: morag.id,
      },
      {
        reviewId: DRAFT_REVIEW_ID,
        kind: "MYSTERY_SHOPPING",
        gatheredOn: daysAgo(21),
        note: "Reported a noise problem by phone; no call back after two weeks.",
        addedById: morag.id,
      },
      {
        reviewId: DRAFT_REVIEW_ID,
        kind: "NOTE",
        gatheredOn: daysAgo(14),
        note: "Ten closed cases read: seven had no closing letter.",
        addedById: officer.id,
      },
    ],
  });
  const recommendation = await tx.scrutinyRecommendation.create({
    data: {
      reviewId: DRAFT_REVIEW_ID,
      number: 1,
      text: "Tell the person who reported within five working days what will happen next.",
    },
    select: { id: true, text: true },
  });
  await tx.scrutinyTextRevision.createMany({
    data: [
      ...findings.map((finding, index) => ({
        reviewId: DRAFT_REVIEW_ID,
        ...finding,
        createdAt: daysAgo(10 - index * 3),
      })),
      {
        reviewId: DRAFT_REVIEW_ID,
        recommendationId: recommendation.id,
        text: recommendation.text,
        authorId: morag.id,
        createdAt: daysAgo(6),
      },
    ],
  });

  // Last quarter's monitoring review, rated action by action and signed off by the group.
  const last = financialQuarter(new Date(today.getTime() - 92 * DAY));
  const actions = await tx.strategyAction.findMany({
    where: { plan: { strategyId: "strategy-2025", year: last.year } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  if (actions.length === 0) return;
  await tx.strategy.update({ where: { id: "strategy-2025" }, data: { monitoringGroupId: MONITORING_GROUP } });
  const review = await tx.monitoringReview.create({
    data: { strategyId: "strategy-2025", groupId: MONITORING_GROUP, year: last.year, quarter: last.quarter },
    select: { id: true },
  });
  await tx.monitoringActionNote.createMany({
    data: actions.map((action, index) => ({
      reviewId: review.id,
      actionId: action.id,
      rating: RATINGS[index % RATINGS.length]!,
      comment:
        index % RATINGS.length === 2 ? "Dates are not set yet; we would like to see them next quarter." : "Going well.",
      authorId: morag.id,
    })),
  });
  await tx.monitoringReview.update({
    where: { id: review.id },
    data: {
      outcome: "SIGNED_OFF",
      rating: actions.length > 2 ? "SOME_CONCERNS" : "ON_TRACK",
      outcomeNote:
        "Signed off at the group's quarterly meeting; we will look again at the actions we have concerns about.",
      decidedOn: daysAgo(20),
      decidedById: morag.id,
    },
  });
};
