// Demo consultations: one open to every customer (so C00001 can answer), one closed with 60 responses and a
// published outcome, one draft. Answers follow a fixed pattern, so every seeded database shows the same results.
import type { Tx } from "../lib/db";
import type { ResponseChannel } from "../lib/generated/prisma/enums";

const DAY = 86_400_000;

const CHANNELS: ResponseChannel[] = ["ONLINE", "ONLINE", "ONLINE", "PAPER", "PHONE", "MEETING", "FOCUS_GROUP", "TEXT"];
const SATISFACTION = ["5", "4", "5", "4", "4", "3", "2", "5", "4", "1"];
const REPORTING = ["Phone", "Online", "Email"];

const seedOpen = async (tx: Tx, createdById: string | null, now: number) => {
  await tx.consultation.create({
    data: {
      id: "consultation-gardens",
      title: "Our plan for gardens and green spaces",
      // The plan is set out here rather than in an attached document, so the question about it has it in front of it.
      summary:
        "Next year we plan to add benches and raised planters for growing food to the shared gardens, and better " +
        "lighting on the paths through them. Tell us what you think of this plan.",
      status: "OPEN",
      opensAt: new Date(now - 7 * DAY),
      openingNoticeSentAt: new Date(now - 7 * DAY),
      closesAt: new Date(now + 21 * DAY),
      createdById,
      questions: {
        create: [
          {
            id: "garden-q1",
            position: 1,
            section: "Your garden",
            type: "YES_NO",
            label: "Do you use a shared garden or green space?",
          },
          {
            id: "garden-q2",
            position: 2,
            section: "Your garden",
            type: "MULTIPLE_CHOICE",
            label: "What would make it better?",
            options: ["More seating", "Planters for growing food", "Better lighting", "Play equipment"],
            allowOther: true,
            showIfQuestionId: "garden-q1",
            showIfAnswer: "Yes",
          },
          {
            id: "garden-q3",
            position: 3,
            section: "Our plan",
            type: "SCALE",
            scaleKind: "AGREEMENT",
            label: "Benches, planters and better lighting would make our green spaces better",
          },
          {
            id: "garden-q4",
            position: 4,
            section: "Our plan",
            type: "FREE_TEXT",
            label: "Is there anything else you would like to tell us?",
            required: false,
          },
        ],
      },
    },
  });
};

const seedClosed = async (tx: Tx, createdById: string | null, now: number) => {
  // Responses go in while it is open (the database refuses them otherwise); it is closed afterwards.
  const consultation = await tx.consultation.create({
    data: {
      id: "consultation-repairs",
      title: "How we do repairs",
      summary: "We asked how satisfied you are with repairs and how you would like to report them.",
      status: "OPEN",
      opensAt: new Date(now - 75 * DAY),
      openingNoticeSentAt: new Date(now - 75 * DAY),
      closesAt: new Date(now + DAY),
      createdById,
      questions: {
        create: [
          {
            id: "repairs-q1",
            position: 1,
            type: "SCALE",
            scaleKind: "SATISFACTION",
            label: "How satisfied are you with our repairs service?",
          },
          { id: "repairs-q2", position: 2, type: "YES_NO", label: "Was your last repair fixed first time?" },
          {
            id: "repairs-q3",
            position: 3,
            type: "FREE_TEXT",
            label: "What went wrong?",
            required: false,
            showIfQuestionId: "repairs-q2",
            showIfAnswer: "No",
          },
          {
            id: "repairs-q4",
            position: 4,
            type: "MULTIPLE_CHOICE",
            label: "How would you like to report repairs?",
            options: REPORTING,
            allowOther: true,
          },
        ],
      },
    },
  });
  const customers = await tx.customer.findMany({
    where: { status: "ACTIVE", reference: { not: "C00001" } },
    orderBy: { reference: "asc" },
    take: 60,
    select: { id: true, kind: true, home: { select: { areaId: true } } },
  });
  // Two bulk inserts rather than 60 nested ones: the seed runs in one transaction with a time limit.
  const responses = customers.map((customer, i) => {
    const channel = CHANNELS[i % CHANNELS.length] ?? "ONLINE";
    const submittedAt = new Date(now - (70 - (i % 40)) * DAY);
    return {
      id: `repairs-response-${i + 1}`,
      consultationId: consultation.id,
      // A few paper responses came back without a name.
      customerId: channel === "PAPER" && i % 3 === 0 ? null : customer.id,
      channel,
      areaId: customer.home?.areaId ?? null,
      customerKind: customer.kind,
      submittedAt,
      updatedAt: submittedAt,
    };
  });
  await tx.consultationResponse.createMany({ data: responses });
  await tx.consultationAnswer.createMany({
    data: responses.flatMap(({ id: responseId }, i) => {
      const fixed = i % 4 !== 0;
      return [
        { responseId, questionId: "repairs-q1", option: SATISFACTION[i % SATISFACTION.length] },
        { responseId, questionId: "repairs-q2", option: fixed ? "Yes" : "No" },
        ...(fixed
          ? []
          : [
              {
                responseId,
                questionId: "repairs-q3",
                text: i % 8 === 0 ? "The operative had to come back with a part." : "Nobody came on the day we agreed.",
              },
            ]),
        { responseId, questionId: "repairs-q4", option: REPORTING[i % REPORTING.length] },
        ...(i % 5 === 0
          ? [{ responseId, questionId: "repairs-q4", option: REPORTING[(i + 1) % REPORTING.length] }]
          : []),
      ];
    }),
  });
  await tx.consultation.update({
    where: { id: consultation.id },
    data: {
      status: "OUTCOME_PUBLISHED",
      closesAt: new Date(now - 45 * DAY),
      resultsPublishedAt: new Date(now - 40 * DAY),
      outcomePublishedAt: new Date(now - 30 * DAY),
      youSaid:
        "60 tenants answered. Three in four said their last repair was fixed at the first visit. Of the 15 whose " +
        "repair was not, 8 said the operative had to come back with a part and 7 that nobody came on the day agreed.",
      outcome:
        "You told us one repair in four needed a second visit, most often for a part. We now give operatives a van " +
        "stock of the 50 most used parts, and text you the day before an appointment so a missed visit is found sooner.",
    },
  });
};

/**
 * The consultation on the strategy now in force, linked to it so the strategy page shows what tenants said. Like
 * the repairs one, it takes its responses while open and is then moved into the past.
 */
const seedStrategyConsultation = async (tx: Tx, createdById: string | null, now: number) => {
  const consultation = await tx.consultation.create({
    data: {
      id: "consultation-strategy",
      title: "Your say on our draft involvement strategy",
      summary: "We asked whether our draft strategy's priorities are the right ones for tenants.",
      topic: "STRATEGY",
      status: "OPEN",
      opensAt: new Date(now - DAY),
      closesAt: new Date(now + DAY),
      createdById,
      questions: {
        create: [
          {
            id: "strategy-q1",
            position: 1,
            type: "SCALE",
            scaleKind: "AGREEMENT",
            label: "Our draft priorities are the right ones.",
          },
        ],
      },
    },
  });
  const customers = await tx.customer.findMany({
    where: { status: "ACTIVE", reference: { not: "C00001" } },
    orderBy: { reference: "desc" },
    take: 42,
    select: { id: true, kind: true },
  });
  const submittedAt = new Date(now - 300 * DAY);
  await tx.consultationResponse.createMany({
    data: customers.map((customer, i) => ({
      id: `strategy-response-${i + 1}`,
      consultationId: consultation.id,
      customerId: customer.id,
      channel: CHANNELS[i % CHANNELS.length] ?? "ONLINE",
      customerKind: customer.kind,
      submittedAt,
      updatedAt: submittedAt,
    })),
  });
  await tx.consultationAnswer.createMany({
    data: customers.map((_, i) => ({
      responseId: `strategy-response-${i + 1}`,
      questionId: "strategy-q1",
      option: ["5", "4", "4", "3", "2"][i % 5],
    })),
  });
  await tx.consultation.update({
    where: { id: consultation.id },
    data: {
      status: "OUTCOME_PUBLISHED",
      opensAt: new Date(now - 310 * DAY),
      openingNoticeSentAt: new Date(now - 310 * DAY),
      closesAt: new Date(now - 280 * DAY),
      resultsPublishedAt: new Date(now - 275 * DAY),
      outcomePublishedAt: new Date(now - 270 * DAY),
      youSaid:
        "42 tenants answered. Most agreed with our draft priorities: 26 agreed or strongly agreed, 8 neither agreed nor disagreed and 8 disagreed.",
      outcome:
        "Most of you agreed with our priorities, so we kept them. Because 16 of you did not agree, we added a quick poll each quarter so you can tell us how they are working.",
    },
  });
  await tx.strategy.updateMany({ where: { status: "APPROVED" }, data: { consultationId: consultation.id } });
};

const seedDraft = (tx: Tx, createdById: string | null, now: number) =>
  tx.consultation.create({
    data: {
      id: "consultation-service-charges",
      title: "Service charges for 2027",
      summary: "How we explain service charges on your annual statement.",
      opensAt: new Date(now + 30 * DAY),
      closesAt: new Date(now + 60 * DAY),
      createdById,
      questions: {
        create: [
          {
            position: 1,
            type: "SCALE",
            scaleKind: "GOOD_POOR",
            label: "How good is the explanation of service charges on your statement?",
          },
        ],
      },
    },
  });

export const seedConsultations = async (tx: Tx, now = Date.now()) => {
  const officer = await tx.user.findUnique({ where: { email: "officer@involve.test" }, select: { id: true } });
  const createdById = officer?.id ?? null;
  await seedOpen(tx, createdById, now);
  await seedClosed(tx, createdById, now);
  await seedStrategyConsultation(tx, createdById, now);
  await seedDraft(tx, createdById, now);
};
