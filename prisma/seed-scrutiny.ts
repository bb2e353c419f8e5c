// Demo joining-in and scrutiny: groups open to new members with what they ask of people, some requests to join
// (two waiting, one declined), a published review of repairs appointments whose recommendations show every state
// (complete, overdue, in progress, rejected), and a draft review the public cannot see. Dates are relative to
// the day the seed runs, so "overdue" and "in progress" stay true in a demo loaded any day.
import type { Tx } from "../lib/db";
import type { Regime } from "../lib/generated/prisma/enums";

export const PUBLISHED_REVIEW_ID = "review-repairs";
export const DRAFT_REVIEW_ID = "review-asb";

const DAY = 86_400_000;

const daysFrom = (now: Date, days: number) => {
  const day = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
};

const OPEN_GROUPS = [
  {
    id: "group-scrutiny",
    timeAsked: "About 6 hours a month",
    meetingsAsked: "Monthly, weekday evenings, at our office or online",
    skillsAsked: "An interest in how services work; we give training",
  },
  {
    id: "group-panel",
    timeAsked: "10 minutes now and then",
    meetingsAsked: "No meetings: quick polls by email, text or post",
    skillsAsked: "None needed",
  },
  {
    id: "group-publicity",
    timeAsked: "2 hours a quarter",
    meetingsAsked: "Four meetings a year, daytime",
    skillsAsked: "Reading letters and leaflets and saying what is unclear",
  },
  {
    id: "group-rto-riverside",
    timeAsked: "As much or as little as you like",
    meetingsAsked: "Open meeting on the first Tuesday of each month",
    skillsAsked: "Living on the Riverside estate",
  },
];

const outcomes = (regime: Regime) =>
  regime === "ENGLAND"
    ? { review: ["EN:SQ", "EN:TIA"], appointments: ["EN:SQ"], information: ["EN:TIA"] }
    : { review: ["SC:5", "SC:3"], appointments: ["SC:5"], information: ["SC:2"] };

export const seedScrutiny = async (tx: Tx, regime: Regime, now = new Date()) => {
  for (const { id, ...asks } of OPEN_GROUPS)
    await tx.group.update({ where: { id }, data: { takesNewMembers: true, ...asks } });

  const officer = await tx.user.findFirstOrThrow({ where: { role: "OFFICER" }, select: { id: true } });
  await tx.joinRequest.createMany({
    data: [
      {
        groupId: "group-scrutiny",
        customerId: "customer-00012",
        message: "I worked in customer service for 20 years.",
        requestedAt: daysFrom(now, -3),
      },
      { groupId: "group-publicity", customerId: "customer-00020", requestedAt: daysFrom(now, -1) },
      {
        groupId: "group-scrutiny",
        customerId: "customer-00030",
        status: "DECLINED",
        pending: null,
        requestedAt: daysFrom(now, -40),
        decidedAt: daysFrom(now, -35),
        decidedById: officer.id,
        declineReason:
          "The panel is full until its review ends in the spring; we have added you to the Interested Tenants Panel's list instead.",
      },
    ],
  });

  const tags = outcomes(regime);
  await tx.scrutinyReview.create({
    data: {
      id: PUBLISHED_REVIEW_ID,
      panelId: "group-scrutiny",
      title: "Repairs appointments",
      topicSource: "FEEDBACK_THEME",
      topicDetail: "Complaints about missed repairs appointments",
      scope: "How repairs appointments are offered, kept and rearranged, and how tenants are told.",
      status: "PUBLISHED",
      findings:
        "One appointment in eight was missed or moved on the day. Tenants were rarely told before the engineer was due, and the text message reminder did not say how to rearrange.",
      outcomeCodes: tags.review,
      publishedAt: daysFrom(now, -40),
      evidence: {
        create: [
          {
            kind: "DOCUMENT",
            gatheredOn: daysFrom(now, -120),
            note: "Repairs policy and a year of appointment records",
          },
          { kind: "INTERVIEW", gatheredOn: daysFrom(now, -100), note: "Repairs manager and two schedulers" },
          {
            kind: "MYSTERY_SHOPPING",
            gatheredOn: daysFrom(now, -90),
            note: "Ten calls to book and rearrange a repair",
          },
          { kind: "SITE_VISIT", gatheredOn: daysFrom(now, -80), note: "A day with the repairs team in Riverside" },
        ],
      },
      recommendations: {
        create: [
          {
            number: 1,
            text: "Text tenants the morning of the appointment with the engineer's arrival window.",
            outcomeCodes: tags.appointments,
            response: "ACCEPTED",
            action: "Add a morning text to the scheduling system",
            actionOwner: "Head of Repairs",
            dueOn: daysFrom(now, -20),
            respondedAt: daysFrom(now, -50),
            completedOn: daysFrom(now, -25),
            updates: {
              create: [
                {
                  note: "Morning texts went live for all areas",
                  recordedOn: daysFrom(now, -25),
                  completes: true,
                  recordedById: officer.id,
                },
              ],
            },
          },
          {
            number: 2,
            text: "Tell tenants how to rearrange in every reminder, by phone and online.",
            outcomeCodes: tags.information,
            response: "ACCEPTED",
            action: "Rewrite the reminder letters and texts with tenants from the Publicity Group",
            actionOwner: "Customer Services Manager",
            dueOn: daysFrom(now, -10),
            respondedAt: daysFrom(now, -50),
            updates: {
              create: [
                {
                  note: "Draft wording agreed with the Publicity Group",
                  recordedOn: daysFrom(now, -15),
                  recordedById: officer.id,
                },
              ],
            },
          },
          {
            number: 3,
            text: "Offer evening and Saturday appointments in every area.",
            outcomeCodes: tags.appointments,
            response: "PARTLY_ACCEPTED",
            responseReason:
              "Saturday mornings can be offered; evenings would need a new contract with the repairs contractor.",
            action: "Pilot Saturday morning appointments in two areas",
            actionOwner: "Head of Repairs",
            dueOn: daysFrom(now, 60),
            respondedAt: daysFrom(now, -50),
          },
          {
            number: 4,
            text: "Pay tenants compensation for every missed appointment.",
            response: "REJECTED",
            responseReason:
              "Our compensation policy already covers missed appointments that cost tenants money; we will publicise it instead.",
            respondedAt: daysFrom(now, -50),
          },
        ],
      },
    },
  });
  await tx.scrutinyReview.create({
    data: {
      id: DRAFT_REVIEW_ID,
      panelId: "group-scrutiny",
      title: "Anti-social behaviour case handling",
      topicSource: "TENANT_SUGGESTION",
      topicDetail: "Suggested at the Riverside open meeting",
      scope: "How reports of anti-social behaviour are logged, kept in touch about and closed.",
      status: "GATHERING_EVIDENCE",
      evidence: {
        create: [
          { kind: "DOCUMENT", gatheredOn: daysFrom(now, -7), note: "Anti-social behaviour policy and procedure" },
        ],
      },
    },
  });
};
