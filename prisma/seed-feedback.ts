// Demo feedback: compliments, comments, suggestions and complaints over the last year, a few of them late, so the
// officers' queue, the staff home page and the board's themes have something to show.
import type { Tx } from "../lib/db";
import { dueDates } from "../lib/feedback/rules";
import type { FeedbackKind, FeedbackStatus, ServiceArea } from "../lib/generated/prisma/enums";
import { holidayCalendar } from "../lib/measures/bank-holidays";
import { addWorkingDays } from "../lib/measures/working-days";
import { ukDay } from "../lib/uk-time";

const DAY = 86_400_000;

type Demo = {
  daysAgo: number;
  kind: FeedbackKind;
  serviceArea: ServiceArea;
  status: FeedbackStatus;
  details: string;
  customer?: string;
  reply?: string;
};

const DEMO: Demo[] = [
  {
    daysAgo: 40,
    kind: "COMPLAINT",
    serviceArea: "REPAIRS",
    status: "CLOSED",
    customer: "C00001",
    details: "My kitchen tap has leaked for three weeks and nobody came on the day we agreed.",
    reply: "We are sorry. A plumber fixed the tap on Tuesday and we have changed how we confirm appointments.",
  },
  {
    daysAgo: 2,
    kind: "COMPLIMENT",
    serviceArea: "ESTATE_SERVICES",
    status: "RECEIVED",
    customer: "C00001",
    details: "The new gardener has made the shared garden lovely. Please thank him.",
  },
  {
    daysAgo: 30,
    kind: "COMPLAINT",
    serviceArea: "ANTI_SOCIAL_BEHAVIOUR",
    status: "RECEIVED",
    customer: "C00010",
    details: "Loud music from the flat below every night after midnight.",
  },
  {
    daysAgo: 12,
    kind: "SUGGESTION",
    serviceArea: "RENT",
    status: "ACKNOWLEDGED",
    customer: "C00011",
    details: "Could we pay rent by a phone app instead of at the post office?",
  },
  {
    daysAgo: 5,
    kind: "COMMENT",
    serviceArea: "CUSTOMER_SERVICE",
    status: "RECEIVED",
    details: "The phone line was busy for a long time on Monday morning.",
  },
  {
    daysAgo: 70,
    kind: "COMPLAINT",
    serviceArea: "GAS_SAFETY",
    status: "ANSWERED",
    customer: "C00012",
    details: "The gas engineer did not show ID at the door.",
    reply: "Thank you for telling us. All engineers now carry photo ID and will show it before entering.",
  },
  {
    daysAgo: 100,
    kind: "COMPLIMENT",
    serviceArea: "LETTINGS",
    status: "CLOSED",
    customer: "C00013",
    details: "Moving into my new home was easy thanks to the lettings team.",
    reply: "Thank you, we have passed this on to the team.",
  },
  {
    daysAgo: 130,
    kind: "SUGGESTION",
    serviceArea: "INVOLVEMENT",
    status: "CLOSED",
    customer: "C00014",
    details: "Hold some residents' meetings in the evening for people who work.",
    reply: "Good idea: from next month one meeting in three will be in the evening.",
  },
  {
    daysAgo: 160,
    kind: "COMPLAINT",
    serviceArea: "REPAIRS",
    status: "CLOSED",
    customer: "C00015",
    details: "Damp in the bedroom has come back after the repair.",
    reply: "We have treated the wall again and will check it in three months.",
  },
  {
    daysAgo: 200,
    kind: "COMMENT",
    serviceArea: "ESTATE_SERVICES",
    status: "CLOSED",
    customer: "C00016",
    details: "The bins are often collected late on our street.",
    reply: "We have spoken to the council about the collection day.",
  },
  {
    daysAgo: 250,
    kind: "COMPLAINT",
    serviceArea: "RENT",
    status: "CLOSED",
    customer: "C00017",
    details: "My rent statement shows a payment twice.",
    reply: "You were right: we have corrected the statement and written to you.",
  },
  // Last financial year's complaints, so its regulator's return and annual report count some (ARC 3 and 4).
  {
    daysAgo: 330,
    kind: "COMPLAINT",
    serviceArea: "REPAIRS",
    status: "CLOSED",
    customer: "C00019",
    details: "The repair to my window was booked for a day nobody was in, and nobody phoned first.",
    reply: "We are sorry. The window was fixed on Thursday and we now phone the day before every visit.",
  },
  {
    daysAgo: 420,
    kind: "COMPLAINT",
    serviceArea: "CUSTOMER_SERVICE",
    status: "CLOSED",
    customer: "C00020",
    details: "I waited on the phone for forty minutes to report a blocked drain.",
    reply: "You should not have waited so long. We have added staff to the phones on Monday mornings.",
  },
  {
    daysAgo: 300,
    kind: "COMPLIMENT",
    serviceArea: "REPAIRS",
    status: "CLOSED",
    customer: "C00018",
    details: "The joiner who fixed my door was friendly and tidy.",
    reply: "Thank you for letting us know.",
  },
];

const contactFor = (demo: Demo) =>
  demo.customer
    ? { customerId: `customer-${demo.customer.slice(1)}` }
    : { contactName: "A. Reader", contactEmail: "reader@example.test" };

export const seedFeedback = async (tx: Tx, regime: "ENGLAND" | "SCOTLAND", now = Date.now()) => {
  const clockRegime = regime === "ENGLAND" ? "england" : "scotland";
  const calendar = holidayCalendar(clockRegime);
  const clock = { regime: clockRegime, standards: { acknowledgeDays: 3, answerDays: 10 }, calendar } as const;
  const officer = await tx.user.findUnique({ where: { email: "officer@involve.test" }, select: { id: true } });
  for (const demo of DEMO) {
    const receivedOn = ukDay(new Date(now - demo.daysAgo * DAY));
    const acknowledged = demo.status !== "RECEIVED";
    const acknowledgedOn = acknowledged ? addWorkingDays(receivedOn, 1, calendar) : null;
    const answered = demo.status === "ANSWERED" || demo.status === "CLOSED";
    const respondedOn = answered ? addWorkingDays(receivedOn, 4, calendar) : null;
    const due = dueDates({ kind: demo.kind, stage: 1, receivedOn, acknowledgedOn }, clock);
    const date = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
    await tx.feedback.create({
      data: {
        kind: demo.kind,
        serviceArea: demo.serviceArea,
        channel: demo.customer ? "ONLINE" : "PHONE",
        status: demo.status,
        details: demo.details,
        ...contactFor(demo),
        assignedToId: officer?.id,
        acknowledgeBy: date(due.acknowledgeBy),
        answerBy: date(due.answerBy) as Date,
        createdAt: new Date(now - demo.daysAgo * DAY),
        stages: {
          create: {
            stage: 1,
            receivedOn: date(receivedOn) as Date,
            acknowledgedOn: date(acknowledgedOn),
            respondedOn: date(respondedOn),
          },
        },
        replies: demo.reply
          ? { create: { text: demo.reply, authorId: officer?.id, createdAt: date(respondedOn) ?? new Date(now) } }
          : undefined,
      },
    });
  }
};
