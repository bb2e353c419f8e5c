// Demo involvement strategy for Northvale Housing Association: the approved 2025 to 2028 version, the one it
// replaced, a complete equality impact assessment, the 2026/27 action plan and a jargon buster. Fixed ids and
// dates keep every seeded database the same.
import type { Tx } from "../lib/db";
import type { ActionStatus, EqualityImpact } from "../lib/generated/prisma/enums";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const OBJECTIVES: { title: string; priorities: { title: string; commitments: string[] }[] }[] = [
  {
    title: "Give every tenant a real say",
    priorities: [
      {
        title: "Widen the range of ways tenants can get involved",
        commitments: [
          "We will offer ways to take part that suit different lives: from a five-minute survey to a place on a panel.",
          "We will hold involvement events in each of our six areas every year.",
        ],
      },
      {
        title: "Hear from tenants we hear from least",
        commitments: [
          "We will compare who takes part with who lives in our homes, and act where groups are missing.",
          "We will work with local groups that support younger, disabled and minority ethnic residents.",
        ],
      },
    ],
  },
  {
    title: "Let tenants shape and check our services",
    priorities: [
      {
        title: "Support tenant scrutiny of our services",
        commitments: [
          "We will support the scrutiny panel to look closely at two services each year.",
          "We will answer every scrutiny recommendation in writing within eight weeks.",
        ],
      },
      {
        title: "Involve tenants in decisions about their homes",
        commitments: ["We will ask tenants before we choose kitchens, bathrooms and windows in their block."],
      },
    ],
  },
  {
    title: "Be open about what we do with what tenants tell us",
    priorities: [
      {
        title: "Report back on every consultation",
        commitments: [
          'We will publish a "You said, we did" summary within three months of every consultation closing.',
        ],
      },
      {
        title: "Share how we are performing",
        commitments: [
          "We will publish our satisfaction results and complaint figures each year in plain English.",
          "We will ask tenants how they want our annual report presented.",
        ],
      },
    ],
  },
  {
    title: "Help tenants and communities build skills and confidence",
    priorities: [
      {
        title: "Offer training and support to involved tenants",
        commitments: ["We will give every new panel member an induction and a named contact."],
      },
      {
        title: "Make online involvement easy and safe",
        commitments: [
          "We will offer help to get online at drop-in sessions in every area.",
          "We will always keep a paper and phone option for anyone who prefers it.",
        ],
      },
    ],
  },
];

const IMPACT: Record<string, { impact: EqualityImpact; evidence: string; mitigation?: string }> = {
  age: {
    impact: "POSITIVE",
    evidence:
      "Our tenant profile shows a third of lead tenants are over 65; more ways to take part, including by phone, suit them.",
  },
  disability: {
    impact: "NEGATIVE",
    evidence: "Some community venues we use have steps and no hearing loop.",
    mitigation:
      "We will book only accessible venues, offer transport and provide papers in large print or audio on request.",
  },
  gender_reassignment: {
    impact: "NEUTRAL",
    evidence: "No evidence of a different effect; we will keep equality monitoring under review.",
  },
  marriage: { impact: "NEUTRAL", evidence: "No evidence of a different effect." },
  pregnancy: {
    impact: "POSITIVE",
    evidence: "Online and evening options help new parents who cannot attend daytime meetings.",
  },
  ethnicity: {
    impact: "POSITIVE",
    evidence: "Fewer minority ethnic tenants take part than live in our homes; the strategy targets this gap.",
  },
  religion: {
    impact: "NEUTRAL",
    evidence: "We avoid holding events on religious festivals, checked against a calendar each year.",
  },
  sex: { impact: "NEUTRAL", evidence: "Panel membership is close to the tenant profile." },
  sexual_orientation: { impact: "NEUTRAL", evidence: "No evidence of a different effect; monitoring continues." },
};

type SeedAction = {
  priority: number;
  title: string;
  owner: string;
  target: string;
  measure: string;
  status: ActionStatus;
  updates: [string, ActionStatus, string][];
};

const ACTIONS: SeedAction[] = [
  {
    priority: 1,
    title: "Launch a quick online and text survey after repairs",
    owner: "Involvement team",
    target: "2026-09-30",
    measure: "1,000 responses in the year",
    status: "COMPLETE",
    updates: [
      ["2026-06-20", "ON_TRACK", "Survey questions agreed with the tenants' panel."],
      ["2026-09-25", "COMPLETE", "Survey live since September; 310 responses in the first two weeks."],
    ],
  },
  {
    priority: 1,
    title: "Hold a summer fun day in each area",
    owner: "Community officers",
    target: "2026-08-31",
    measure: "600 residents attend across six events",
    status: "COMPLETE",
    updates: [["2026-09-05", "COMPLETE", "Six events held; 740 residents came."]],
  },
  {
    priority: 2,
    title: "Compare who takes part with our tenant profile",
    owner: "Insight officer",
    target: "2026-12-31",
    measure: "Report to the panel with gaps named",
    status: "ON_TRACK",
    updates: [["2026-10-14", "ON_TRACK", "Data gathered; first draft with the panel in December."]],
  },
  {
    priority: 2,
    title: "Partner with two local youth groups",
    owner: "Involvement team",
    target: "2026-11-15",
    measure: "Two partnership agreements signed",
    status: "AT_RISK",
    updates: [["2026-10-30", "AT_RISK", "One group has agreed; the second has lost its funding."]],
  },
  {
    priority: 3,
    title: "Scrutiny review of the repairs appointment service",
    owner: "Scrutiny panel with repairs manager",
    target: "2026-10-31",
    measure: "Report with recommendations to the board",
    status: "OFF_TRACK",
    updates: [
      ["2026-07-10", "ON_TRACK", "Panel agreed the scope."],
      ["2026-11-02", "OFF_TRACK", "Data from the repairs contractor is late; the panel has asked for a new date."],
    ],
  },
  {
    priority: 3,
    title: "Train scrutiny panel members in reading performance data",
    owner: "Involvement manager",
    target: "2027-01-31",
    measure: "All panel members attend",
    status: "NOT_STARTED",
    updates: [],
  },
  {
    priority: 4,
    title: "Tenant choice of kitchens in the Riverside blocks",
    owner: "Asset manager",
    target: "2027-03-31",
    measure: "80% of households choose their own kitchen",
    status: "ON_TRACK",
    updates: [["2026-10-20", "ON_TRACK", "Show flat open; 41 households have chosen so far."]],
  },
  {
    priority: 5,
    title: 'Publish "You said, we did" for the rent consultation',
    owner: "Communications officer",
    target: "2026-07-31",
    measure: "Published online and in the newsletter",
    status: "COMPLETE",
    updates: [["2026-07-28", "COMPLETE", "Published in the summer newsletter and online."]],
  },
  {
    priority: 6,
    title: "Annual report to tenants in plain English",
    owner: "Communications officer",
    target: "2026-11-30",
    measure: "Readers' panel rates it easy to read",
    status: "ON_TRACK",
    updates: [["2026-09-12", "ON_TRACK", "Readers' panel reviewed the first draft."]],
  },
  {
    priority: 7,
    title: "Induction pack for new panel members",
    owner: "Involvement team",
    target: "2026-10-01",
    measure: "Every new member has the pack and a named contact",
    status: "ON_TRACK",
    updates: [["2026-06-30", "ON_TRACK", "Pack drafted."]],
  },
  {
    priority: 8,
    title: "Digital drop-in sessions in every area",
    owner: "Tenancy sustainment team",
    target: "2027-03-31",
    measure: "200 tenants helped to get online",
    status: "ON_TRACK",
    updates: [["2026-11-05", "ON_TRACK", "Sessions running in four areas; 73 tenants helped so far."]],
  },
  {
    priority: 8,
    title: "Check every consultation has a paper and phone option",
    owner: "Involvement manager",
    target: "2027-02-28",
    measure: "No consultation without an offline option",
    status: "NOT_STARTED",
    updates: [],
  },
];

const JARGON: [string, string][] = [
  [
    "Equality impact assessment",
    "A check we do to make sure a plan treats everyone fairly, whatever their age, disability, race or other protected characteristic.",
  ],
  ["Scrutiny", "Tenants looking closely at one of our services, asking questions and telling us how to improve it."],
  ["Registered Tenant Organisation", "A tenants' or residents' group we formally recognise, consult and support."],
  [
    "Key performance indicator (KPI)",
    "A number we use to check how well we are doing, such as how many repairs we finish on time.",
  ],
  [
    "Protected characteristic",
    "One of the things the Equality Act 2010 protects people from being treated unfairly because of, such as age or disability.",
  ],
  ["RAG status", "Red, amber or green: a quick way of showing whether an action is off track, at risk or on track."],
];

/** Adds the demo strategy inside the seed's transaction; `questionKeys` are the landlord's equality questions. */
export const seedStrategy = async (tx: Tx, questionKeys: string[]) => {
  const officer = await tx.user.findUniqueOrThrow({ where: { email: "officer@involve.test" }, select: { id: true } });
  await tx.strategy.create({
    data: {
      id: "strategy-2022",
      title: "Tenant Involvement Strategy 2022 to 2025",
      startsOn: d("2022-04-01"),
      endsOn: d("2025-03-31"),
      status: "SUPERSEDED",
      vision: "Tenants are at the heart of what we do.",
      values: "Listening, honesty, respect.",
      approvedOn: d("2022-03-15"),
      approvedBy: "Board of Management",
      approvalMinuteRef: "BM 22/019",
      objectives: { create: { id: "objective-2022-1", position: 1, title: "Involve more tenants" } },
    },
  });
  await tx.strategyPriority.create({
    data: {
      strategyId: "strategy-2022",
      objectiveId: "objective-2022-1",
      number: 1,
      title: "Grow the tenants' panel",
      commitments: { create: { position: 1, text: "We will recruit ten new panel members." } },
    },
  });
  await tx.strategy.create({
    data: {
      id: "strategy-2025",
      title: "Customer Involvement Strategy 2025 to 2028",
      startsOn: d("2025-04-01"),
      endsOn: d("2028-03-31"),
      status: "APPROVED",
      vision:
        "Northvale tenants shape their homes, their services and their neighbourhoods, and can see the difference they make.",
      values:
        "We listen before we decide.\nWe are open about what we can and cannot do.\nWe treat everyone fairly and with respect.\nWe keep our promises.",
      consultationStartedOn: d("2024-11-04"),
      consultationReference: "Strategy survey and four area meetings, November 2024",
      approvedOn: d("2025-03-20"),
      approvedBy: "Board of Management",
      approvalMinuteRef: "BM 25/031",
      fullReviewDueOn: d("2028-03-20"),
      kpiReviewDueOn: d("2026-12-31"),
      tenantConsultationOn: d("2024-11-04"),
      copiedFromId: "strategy-2022",
    },
  });
  let number = 0;
  for (const [index, objective] of OBJECTIVES.entries()) {
    const objectiveId = `objective-2025-${index + 1}`;
    await tx.strategyObjective.create({
      data: { id: objectiveId, strategyId: "strategy-2025", position: index + 1, title: objective.title },
    });
    for (const priority of objective.priorities) {
      number += 1;
      await tx.strategyPriority.create({
        data: {
          id: `priority-2025-${number}`,
          strategyId: "strategy-2025",
          objectiveId,
          number,
          title: priority.title,
          commitments: { create: priority.commitments.map((text, position) => ({ text, position: position + 1 })) },
        },
      });
    }
  }
  await tx.equalityAssessment.createMany({
    data: questionKeys.map((key) => ({
      strategyId: "strategy-2025",
      characteristicKey: key,
      ...(IMPACT[key] ?? { impact: "NEUTRAL" as const, evidence: "No evidence of a different effect." }),
    })),
  });
  await tx.actionPlan.create({ data: { id: "plan-2026", strategyId: "strategy-2025", year: 2026 } });
  for (const [index, action] of ACTIONS.entries()) {
    await tx.strategyAction.create({
      data: {
        id: `action-2026-${index + 1}`,
        planId: "plan-2026",
        priorityId: `priority-2025-${action.priority}`,
        title: action.title,
        owner: action.owner,
        targetOn: d(action.target),
        measureOfSuccess: action.measure,
        status: action.status,
        createdAt: d("2026-04-01"),
        updates: {
          create: action.updates.map(([postedOn, status, text]) => ({
            postedOn: d(postedOn),
            status,
            text,
            authorId: officer.id,
          })),
        },
      },
    });
  }
  await tx.jargonTerm.createMany({ data: JARGON.map(([term, definition]) => ({ term, definition })) });
};
