// Demo data for reach (decision 23): a household, a children's activity counted by age only, a panel meeting
// people have evaluated anonymously, and training people asked for. Dated from the day the seed runs, so the
// meeting is always recent enough to be evaluated; kept apart from the other seed files to keep merges easy.
import { randomUUID } from "node:crypto";
import type { Tx } from "../lib/db";

const DAY = 86_400_000;
const customerId = (n: number) => `customer-${String(n).padStart(5, "0")}`;

// Panel members at the meeting besides the demo tenant (customer 1), six of whom said how it went.
const AT_MEETING = [140, 141, 142, 143, 144, 145, 146];

const EVALUATIONS = [
  { accessible: "YES", listenedTo: "YES", whatWouldHelp: "Papers a week before, please." },
  { accessible: "YES", listenedTo: "PARTLY", whatWouldHelp: null },
  { accessible: "PARTLY", listenedTo: "YES", whatWouldHelp: "An evening meeting so I can come after work." },
  { accessible: "YES", listenedTo: "YES", whatWouldHelp: null },
  { accessible: "NO", listenedTo: "PARTLY", whatWouldHelp: "The lift at the hall was out of order." },
  { accessible: "YES", listenedTo: "YES", whatWouldHelp: null },
] as const;

export const seedReach = async (tx: Tx) => {
  const now = Date.now();
  const meetingAt = new Date(now - 5 * DAY);
  await tx.event.createMany({
    data: [
      {
        id: "event-youth-games",
        title: "Young people's games night",
        description: "Games, pizza and a chance to say what would make the estate better for young people.",
        kind: "COMMUNITY_EVENT",
        format: "IN_PERSON",
        venue: "Millbrook youth club",
        areaId: "area-2",
        partners: ["Millbrook Youth Project"],
        startsAt: new Date(now - 12 * DAY),
        endsAt: new Date(now - 12 * DAY + 3 * 3_600_000),
      },
      {
        id: "event-panel-meeting",
        title: "Tenant panel meeting",
        description: "The panel's monthly meeting.",
        kind: "GROUP_MEETING",
        format: "IN_PERSON",
        venue: "Northvale House",
        groupId: "group-panel",
        startsAt: meetingAt,
        endsAt: new Date(meetingAt.getTime() + 2 * 3_600_000),
      },
    ],
  });
  // Children and young people at the games night: counts by age band, the only record of them.
  await tx.eventAgeCount.createMany({
    data: [
      { eventId: "event-youth-games", ageBand: "AGE_5_TO_10", count: 9 },
      { eventId: "event-youth-games", ageBand: "AGE_11_TO_15", count: 14 },
      { eventId: "event-youth-games", ageBand: "AGE_16_TO_24", count: 6 },
    ],
  });
  await tx.eventAttendance.createMany({
    data: [1, ...AT_MEETING].map((n) => ({
      eventId: "event-panel-meeting",
      customerId: customerId(n),
      walkIn: false,
      recordedAt: meetingAt,
    })),
  });
  await tx.evaluationReceipt.createMany({
    data: EVALUATIONS.map((_, i) => ({
      id: randomUUID(),
      customerId: customerId(AT_MEETING[i]!),
      eventId: "event-panel-meeting",
    })),
  });
  await tx.evaluation.createMany({
    data: EVALUATIONS.map((answers) => ({ id: randomUUID(), eventId: "event-panel-meeting", ...answers })),
  });
  // Age from tenancy records for young tenants who never answered the equality questions, as landlords usually
  // find: many young customers, few of them involved, so "16 to 24" shows as seldom heard on the reach page.
  const young = await tx.customer.findMany({
    where: {
      kind: { in: ["TENANT", "JOINT_TENANT"] },
      equalityAnswers: { none: {} },
      eventAttendances: { none: {} },
      consultationResponses: { none: {} },
      memberships: { none: {} },
      feedback: { none: {} },
      trainingCompletions: { none: {} },
      user: null,
    },
    orderBy: { id: "asc" },
    take: 30,
    select: { id: true },
  });
  await tx.equalityAnswer.createMany({
    data: young.map(({ id }) => ({
      customerId: id,
      questionId: "equality-age",
      answer: "16 to 24",
      answeredAt: new Date(Date.UTC(2026, 0, 15)),
    })),
  });
  // The demo tenant's household: a son of 19 by name, and two children by number only.
  await tx.householdMember.create({
    data: { customerId: customerId(1), firstName: "Callum", ageBand: "AGE_16_TO_24", relationship: "SON_OR_DAUGHTER" },
  });
  await tx.householdChildren.createMany({
    data: [
      { customerId: customerId(1), ageBand: "AGE_5_TO_10", count: 1 },
      { customerId: customerId(1), ageBand: "AGE_11_TO_15", count: 1 },
    ],
  });
  await tx.trainingRequest.createMany({
    data: [
      ...[150, 151, 152, 153, 154, 155].map((n) => ({ customerId: customerId(n), courseId: "course-board" })),
      ...[156, 157, 158].map((n) => ({ customerId: customerId(n), courseId: "course-portal" })),
      { customerId: customerId(159), ownWords: "Understanding how rents are set" },
      { customerId: customerId(160), ownWords: "Chairing a residents' meeting" },
    ],
  });
};
