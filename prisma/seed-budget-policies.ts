// Demo data for the involvement budget, grants, the policy register and rent setting (decision 28): this year's
// budget with spending to date, two grants (one group's accounts overdue), a register with one review due, and
// last year's rent consultation with the board's decision. Dated from the day the seed runs.
import { optionText, weeklyEffectPence, youSaidWeDid } from "../lib/rent/rules";
import { financialYearOf, isoDay, ukDay } from "../lib/uk-time";
import type { Tx } from "../lib/db";

const DAY = 86_400_000;
const date = (day: string) => new Date(`${day}T00:00:00Z`);

const BUDGET = {
  EVENTS: 12_000_00,
  TRAINING: 6_000_00,
  GRANTS: 5_000_00,
  COMMUNICATIONS: 4_000_00,
  INCENTIVES: 3_000_00,
  STAFF: 20_000_00,
};

// Days into the financial year, amount, category, supplier, what for; later lines are still only committed.
const SPENDING = [
  [12, 450_00, "EVENTS", "Riverside Community Hall", "Hall hire for the spring tenants' conference"],
  [20, 1_650_00, "STAFF", "Involve Housing payroll", "Community involvement officer, April"],
  [35, 780_00, "TRAINING", "TPAS", "Scrutiny skills course for six panel members"],
  [48, 1_650_00, "STAFF", "Involve Housing payroll", "Community involvement officer, May"],
  [60, 320_50, "COMMUNICATIONS", "Print Solutions Ltd", "Summer newsletter printing"],
  [75, 210_00, "INCENTIVES", "Love2shop", "Vouchers for the repairs focus group"],
  [90, 1_200_00, "EVENTS", "Fun Day Hire", "Estate fun day marquee and stalls"],
  [110, 1_650_00, "STAFF", "Involve Housing payroll", "Community involvement officer, July"],
  [140, 95_40, "INCENTIVES", "Various", "Travel expenses for panel members"],
  [170, 600_00, "TRAINING", "Chartered Institute of Housing", "Board members' tenant engagement briefing"],
  [200, 410_00, "COMMUNICATIONS", "Print Solutions Ltd", "Winter newsletter printing"],
] as const;

const COMMITTED = [
  [15, 2_400_00, "EVENTS", "Riverside Community Hall", "Annual tenants' conference, booked"],
  [30, 900_00, "TRAINING", "TPAS", "Chairing skills course, booked"],
] as const;

export const seedBudgetPolicies = async (tx: Tx, now = new Date()) => {
  const year = financialYearOf(now);
  const start = date(`${year}-04-01`).getTime();
  const today = isoDay(date(ukDay(now)));
  const spentOn = (days: number) => date(isoDay(new Date(Math.min(start + days * DAY, date(today).getTime()))));
  await tx.budgetAllocation.createMany({
    data: Object.entries(BUDGET).map(([category, amountPence]) => ({
      year,
      category: category as keyof typeof BUDGET,
      amountPence,
    })),
  });
  await tx.spendLine.createMany({
    data: [
      ...SPENDING.filter(([days]) => start + days * DAY <= date(today).getTime()).map(
        ([days, amountPence, category, supplier, description]) => ({
          year,
          spentOn: spentOn(days),
          amountPence,
          category,
          supplier,
          description,
          status: "SPENT" as const,
        }),
      ),
      ...COMMITTED.map(([days, amountPence, category, supplier, description]) => ({
        year,
        spentOn: date(isoDay(new Date(date(today).getTime() + days * DAY))),
        amountPence,
        category,
        supplier,
        description,
        status: "COMMITTED" as const,
      })),
    ].filter((line) => financialYearOf(line.spentOn) === year),
  });
  await seedGrants(tx, year, start, today);
  await tx.kpi.create({
    data: {
      code: "BUD03",
      name: "Involvement budget spent so far this year",
      description:
        "The share of the year's involvement budget paid out by the quarter's end, counted from the spending lines.",
      unit: "PERCENT",
      direction: "HIGHER_IS_BETTER",
      section: "BUDGET",
      source: "BUDGET_SPENT_PERCENT",
      owner: "Director of Finance",
      outcomeCodes: [],
      position: 3,
    },
  });
  await seedPolicies(tx, today);
  await seedRentSetting(tx, year, now.getTime());
};

const seedGrants = async (tx: Tx, year: number, start: number, today: string) => {
  const on = (days: number) => date(isoDay(new Date(Math.min(start + days * DAY, date(today).getTime()))));
  const overdueOn = date(isoDay(new Date(date(today).getTime() - 30 * DAY)));
  await tx.grant.create({
    data: {
      id: "grant-riverside",
      groupId: "group-rto-riverside",
      year,
      purpose: "Running costs: hall hire for meetings, printing and postage",
      amountRequestedPence: 1_500_00,
      appliedOn: on(5),
      status: "APPROVED",
      decidedOn: on(10),
      amountApprovedPence: 1_200_00,
      conditions: "Send us your annual accounts and keep receipts for items over £50.",
      accountsDueOn: overdueOn,
    },
  });
  await tx.grant.create({
    data: {
      id: "grant-hillhead",
      groupId: "group-rto-hillhead",
      year,
      purpose: "A community garden day with the local school",
      amountRequestedPence: 800_00,
      appliedOn: on(8),
      status: "APPROVED",
      decidedOn: on(14),
      amountApprovedPence: 800_00,
      conditions: "Photographs of the day for the newsletter.",
      accountsDueOn: date(isoDay(new Date(date(today).getTime() + 60 * DAY))),
      accountsReceivedOn: null,
    },
  });
  // Payments are spend lines in the grants category; the trigger checks each against the approval.
  await tx.spendLine.createMany({
    data: [
      {
        grantId: "grant-riverside",
        supplier: "Riverside Tenants and Residents Association",
        amountPence: 1_000_00,
        days: 12,
      },
      { grantId: "grant-hillhead", supplier: "Hillhead Community Voice", amountPence: 800_00, days: 16 },
    ].map(({ days, ...line }) => ({
      ...line,
      year,
      spentOn: on(days),
      category: "GRANTS" as const,
      status: "SPENT" as const,
      description: "Grant payment",
    })),
  });
};

const seedPolicies = async (tx: Tx, today: string) => {
  const inDays = (days: number) => date(isoDay(new Date(date(today).getTime() + days * DAY)));
  await tx.policy.createMany({
    data: [
      {
        id: "policy-involvement",
        name: "Tenant involvement policy",
        owner: "Head of Customer Experience",
        adoptedOn: date("2022-04-01"),
        lastReviewedOn: date("2024-03-20"),
        nextReviewOn: inDays(40),
        consultationId: "consultation-strategy",
      },
      {
        id: "policy-complaints",
        name: "Complaints policy",
        owner: "Head of Customer Experience",
        adoptedOn: date("2021-06-01"),
        lastReviewedOn: inDays(-200),
        nextReviewOn: inDays(530),
      },
      {
        id: "policy-rent",
        name: "Rent and service charge policy",
        owner: "Director of Finance",
        adoptedOn: date("2020-04-01"),
        lastReviewedOn: inDays(-300),
        nextReviewOn: inDays(430),
      },
      {
        id: "policy-asb",
        name: "Antisocial behaviour policy",
        owner: "Head of Housing",
        adoptedOn: date("2023-01-10"),
        nextReviewOn: inDays(700),
      },
    ],
  });
  const questions = await tx.equalityQuestion.findMany({
    orderBy: { position: "asc" },
    take: 3,
    select: { key: true },
  });
  await tx.equalityAssessment.createMany({
    data: questions.map(({ key }, index) => ({
      policyId: "policy-involvement",
      characteristicKey: key,
      impact: index === 0 ? ("POSITIVE" as const) : ("NEUTRAL" as const),
      evidence:
        index === 0
          ? "Evening and online meetings make it easier for younger tenants to take part."
          : "No difference found in who takes part.",
    })),
  });
};

const OPTIONS = [
  { label: "A", changeBasisPoints: 270 },
  { label: "B", changeBasisPoints: 350 },
  { label: "C", changeBasisPoints: 420 },
];
const AVERAGE_RENT = 115_56;

/** Last year's consultation on this year's rent: it takes its responses while open, then moves into the past. */
const seedRentSetting = async (tx: Tx, year: number, now: number) => {
  const texts = OPTIONS.map((option) => optionText(option, AVERAGE_RENT));
  const consultation = await tx.consultation.create({
    data: {
      id: "consultation-rent",
      title: `Your rent for ${year}/${String((year + 1) % 100).padStart(2, "0")}`,
      summary: "We asked which rent option tenants preferred before the board set this year's rent.",
      topic: "RENT_SETTING",
      status: "OPEN",
      opensAt: new Date(now - DAY),
      closesAt: new Date(now + DAY),
      questions: {
        create: [
          {
            id: "rent-q1",
            position: 1,
            type: "SINGLE_CHOICE",
            label: "Which option for next year's rent do you prefer?",
            options: texts,
          },
        ],
      },
    },
  });
  const customers = await tx.customer.findMany({
    where: { status: "ACTIVE", reference: { not: "C00001" } },
    orderBy: { reference: "asc" },
    skip: 100,
    take: 48,
    select: { id: true, kind: true },
  });
  const submittedAt = date(`${year - 1}-11-12`);
  await tx.consultationResponse.createMany({
    data: customers.map((customer, i) => ({
      id: `rent-response-${i + 1}`,
      consultationId: consultation.id,
      customerId: customer.id,
      channel: i % 4 === 0 ? ("PAPER" as const) : ("ONLINE" as const),
      customerKind: customer.kind,
      submittedAt,
      updatedAt: submittedAt,
    })),
  });
  // Half chose A, a third B, the rest C.
  await tx.consultationAnswer.createMany({
    data: customers.map((_, i) => ({
      responseId: `rent-response-${i + 1}`,
      questionId: "rent-q1",
      option: texts[i % 6 < 3 ? 0 : i % 6 < 5 ? 1 : 2],
    })),
  });
  const decidedOn = date(`${year}-01-21`);
  const text = youSaidWeDid(
    OPTIONS.map((option, index) => ({
      label: option.label,
      text: texts[index] as string,
      votes: [24, 16, 8][index] ?? 0,
    })),
    { label: "A", decidedOn: `21 January ${year}`, minuteReference: `BM/${year}/07`, text: texts[0] as string },
  );
  await tx.consultation.update({
    where: { id: consultation.id },
    data: {
      status: "OUTCOME_PUBLISHED",
      opensAt: date(`${year - 1}-11-01`),
      closesAt: date(`${year - 1}-12-01`),
      resultsPublishedAt: date(`${year - 1}-12-10`),
      outcomePublishedAt: date(`${year}-02-01`),
      ...text,
    },
  });
  await tx.rentSetting.create({
    data: {
      year,
      consultationId: consultation.id,
      averageWeeklyRentPence: AVERAGE_RENT,
      decidedOptionLabel: "A",
      decidedOn,
      minuteReference: `BM/${year}/07`,
      options: {
        create: OPTIONS.map((option) => ({
          ...option,
          weeklyEffectPence: weeklyEffectPence(AVERAGE_RENT, option.changeBasisPoints),
        })),
      },
    },
  });
};
