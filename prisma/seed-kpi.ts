// The demo KPI library: involvement figures Involve counts itself, perception and management measures, hand-entered
// service standards, repairs and budget, with targets for three years and nine quarters of figures up to the last
// finished quarter (worked out from today, so the dashboard always opens on a full history). A few figures miss
// their targets, so the board sees exceptions: gas safety among them.
import type { Tx } from "../lib/db";
import type { KpiSource, KpiUnit, Regime } from "../lib/generated/prisma/enums";
import type { KpiTile } from "../lib/kpi/queries";
import { latestCompleteQuarter, quartersEnding } from "../lib/kpi/rules";
import { MANAGEMENT_MEASURES } from "../lib/management-figures/rules";
import { buildCustomers, generator } from "./seed-data";
import type { Quarter } from "../lib/uk-time";

type DemoKpi = Pick<
  KpiTile,
  "code" | "name" | "description" | "unit" | "direction" | "section" | "source" | "owner"
> & {
  sourceCode?: string;
  /** A key KPI's exceptions come first on the board's list. */
  key?: boolean;
  outcomes: { ENGLAND: string[]; SCOTLAND: string[] };
  target?: [number, number];
  /** For hand-entered KPIs: the usual figure and how far it wanders; the last is the latest quarter's. */
  manual?: { base: number; spread: number; latest: number };
};

const HIGHER = "HIGHER_IS_BETTER" as const;
const LOWER = "LOWER_IS_BETTER" as const;
const INVOLVEMENT_OWNER = "Head of Customer Involvement";
const TIA = { ENGLAND: ["EN:TIA"], SCOTLAND: ["SC:3"] };
const COMMS = { ENGLAND: ["EN:TIA"], SCOTLAND: ["SC:2"] };
const SAFETY = { ENGLAND: ["EN:SQ"], SCOTLAND: ["SC:4"] };
const REPAIRS = { ENGLAND: ["EN:SQ"], SCOTLAND: ["SC:5"] };
const MONEY = { ENGLAND: ["EN:TIA"], SCOTLAND: ["SC:13"] };

const involvement = (
  code: string,
  name: string,
  description: string,
  source: KpiSource,
  target: [number, number],
  unit: KpiUnit = "COUNT",
): DemoKpi => ({
  code,
  name,
  description,
  unit,
  direction: HIGHER,
  section: "INVOLVEMENT",
  source,
  owner: INVOLVEMENT_OWNER,
  outcomes: TIA,
  target,
});

const serviceStandard = (code: string, name: string, description: string, manual: DemoKpi["manual"]): DemoKpi => ({
  code,
  name,
  description,
  unit: "PERCENT",
  direction: HIGHER,
  section: "SERVICE_STANDARDS",
  source: "MANUAL",
  owner: "Head of Customer Services",
  outcomes: COMMS,
  target: [95, 3],
  manual,
});

const DEMO_KPIS = (regime: Regime): DemoKpi[] => [
  involvement(
    "INV01",
    "Customers involved",
    "Different customers who came to an event, answered a consultation or were in a group during the quarter.",
    "INVOLVED_CUSTOMERS",
    [60, 10],
  ),
  involvement(
    "INV02",
    "Customers involved for the first time",
    "Customers whose first involvement with us was in the quarter.",
    "NEW_CUSTOMERS_INVOLVED",
    [8, 3],
  ),
  involvement("INV03", "Events held", "Events, meetings and training sessions that took place.", "EVENTS_HELD", [6, 2]),
  involvement(
    "INV04",
    "Events held with partners",
    "Events run with another organisation, such as a council or charity.",
    "EVENTS_IN_PARTNERSHIP",
    [2, 1],
  ),
  involvement(
    "INV05",
    "People at events",
    "Everyone who came to an event: named attendees and walk-ins counted at the door.",
    "EVENT_ATTENDEES",
    [80, 20],
  ),
  involvement(
    "INV06",
    "Training completed by tenants",
    "Courses tenants completed, such as scrutiny skills or board induction.",
    "TRAINING_COMPLETIONS",
    [4, 2],
  ),
  involvement(
    "INV07",
    "Consultations closed",
    "Consultations with tenants that closed in the quarter.",
    "CONSULTATIONS_HELD",
    [1, 0],
  ),
  involvement(
    "INV08",
    "Consultation response rate",
    "Responses as a share of the customers who could respond, over the consultations that closed.",
    "CONSULTATION_RESPONSE_RATE",
    [15, 3],
    "PERCENT",
  ),
  involvement(
    "INV09",
    "Consultation outcomes published on time",
    "'You said, we did' outcomes published by their due date.",
    "OUTCOMES_PUBLISHED_ON_TIME",
    [100, 10],
    "PERCENT",
  ),
  {
    ...involvement(
      "INV10",
      "Scrutiny recommendations open",
      "Recommendations from scrutiny reviews we agreed to and had not completed at the end of the quarter.",
      "SCRUTINY_RECOMMENDATIONS_OPEN",
      [0, 0],
    ),
    direction: LOWER,
    target: undefined,
  },
  {
    ...involvement(
      "INV11",
      "Scrutiny recommendations overdue",
      "Agreed scrutiny recommendations past their due date and not completed at the end of the quarter.",
      "SCRUTINY_RECOMMENDATIONS_OVERDUE",
      [0, 1],
    ),
    direction: LOWER,
  },
  ...(regime === "ENGLAND"
    ? [
        ["SAT01", "Overall satisfaction", "TP01"],
        ["SAT02", "Satisfied that we listen to views and act on them", "TP06"],
        ["SAT03", "Satisfied that we keep tenants informed", "TP07"],
        ["SAT04", "Agree that we treat tenants fairly and with respect", "TP08"],
      ]
    : [
        ["SAT01", "Overall satisfaction", "ARC1"],
        ["SAT02", "Satisfied with opportunities to take part", "ARC5"],
      ]
  ).map(([code, name, measure]): DemoKpi => ({
    code: code as string,
    name: name as string,
    description: `The share of tenants answering positively in the latest perception survey (${measure}).`,
    unit: "PERCENT",
    direction: HIGHER,
    section: "SATISFACTION",
    source: "PERCEPTION_MEASURE",
    sourceCode: measure,
    owner: "Director of Housing",
    outcomes: TIA,
    target: [75, 3],
  })),
  ...(
    [
      [
        "CMP01",
        "Stage 1 complaints per 1,000 homes",
        "CH01_1",
        "COMPLAINTS",
        LOWER,
        [12, 3],
        { base: 10, spread: 3, latest: 14.2 },
      ],
      [
        "CMP02",
        "Stage 1 complaints answered on time",
        "CH02_1",
        "COMPLAINTS",
        HIGHER,
        [95, 5],
        { base: 95, spread: 3, latest: 96.1 },
      ],
      [
        "CMP03",
        "Stage 2 complaints answered on time",
        "CH02_2",
        "COMPLAINTS",
        HIGHER,
        [95, 5],
        { base: 94, spread: 3, latest: 92.3 },
      ],
      [
        "HOM01",
        "Homes with a gas safety check",
        "BS01",
        "HOMES",
        HIGHER,
        [100, 0],
        { base: 99.6, spread: 0.4, latest: 97.9 },
      ],
      [
        "HOM02",
        "Homes with a fire risk assessment",
        "BS02",
        "HOMES",
        HIGHER,
        [100, 0],
        { base: 100, spread: 0, latest: 100 },
      ],
      [
        "HOM03",
        "Non-emergency repairs on time",
        "RP02_1",
        "HOMES",
        HIGHER,
        [90, 3],
        { base: 89, spread: 3, latest: 91.4 },
      ],
    ] as const
  ).map(([code, name, measure, section, direction, target, manual]): DemoKpi => ({
    code,
    name,
    description: `The regulator's measure ${measure}, from the figures entered each quarter.`,
    unit: measure.startsWith("CH01") ? "COUNT" : "PERCENT",
    direction,
    section,
    // Scotland's landlords have no TSM management figures: the same KPIs are entered by hand there.
    source: regime === "ENGLAND" ? "MANAGEMENT_MEASURE" : "MANUAL",
    sourceCode: regime === "ENGLAND" ? measure : undefined,
    owner: section === "HOMES" ? "Director of Property" : "Head of Customer Services",
    // Safety checks are what a board must never miss: they lead the exceptions however small the gap.
    key: code === "HOM01" || code === "HOM02",
    outcomes: section === "HOMES" ? (code === "HOM03" ? REPAIRS : SAFETY) : TIA,
    target: [...target],
    manual: { ...manual },
  })),
  {
    code: "HOM04",
    name: "Average days to relet a home",
    description: "Calendar days from the end of one tenancy to the start of the next, on average.",
    unit: "DAYS",
    direction: LOWER,
    section: "HOMES",
    source: "MANUAL",
    owner: "Director of Housing",
    outcomes: { ENGLAND: ["EN:TEN"], SCOTLAND: ["SC:10"] },
    target: [25, 5],
    manual: { base: 26, spread: 5, latest: 28.5 },
  },
  serviceStandard(
    "SS01",
    "Calls answered within 40 seconds",
    "Telephone calls to the contact centre answered within 40 seconds.",
    { base: 82, spread: 6, latest: 76.4 },
  ),
  serviceStandard(
    "SS02",
    "Messages answered by the next working day",
    "Web chat, text and portal messages answered by the end of the next working day.",
    { base: 96, spread: 3, latest: 97.2 },
  ),
  serviceStandard(
    "SS03",
    "Emails answered within 2 working days",
    "Emails to the customer inbox answered in full within 2 working days.",
    { base: 94, spread: 4, latest: 95.8 },
  ),
  serviceStandard(
    "SS04",
    "Letters answered within 5 working days",
    "Letters answered in full within 5 working days of arriving.",
    { base: 93, spread: 4, latest: 88.5 },
  ),
  {
    code: "BUD01",
    name: "Involvement budget for the quarter",
    description: "The money set aside for tenant involvement this quarter: events, training, expenses and support.",
    unit: "MONEY",
    direction: HIGHER,
    section: "BUDGET",
    source: "MANUAL",
    owner: "Director of Finance",
    outcomes: MONEY,
    manual: { base: 12_500, spread: 0, latest: 12_500 },
  },
  {
    code: "BUD02",
    name: "Involvement spend in the quarter",
    description: "What was spent on tenant involvement this quarter, against the quarter's budget.",
    unit: "MONEY",
    direction: LOWER,
    section: "BUDGET",
    source: "MANUAL",
    owner: "Director of Finance",
    outcomes: MONEY,
    target: [12_500, 1_000],
    manual: { base: 11_800, spread: 1_500, latest: 13_150 },
  },
];

const QUARTERS_OF_HISTORY = 9;

const valueFor = (kpi: DemoKpi, random: () => number, latest: boolean) => {
  const manual = kpi.manual as NonNullable<DemoKpi["manual"]>;
  if (latest) return manual.latest;
  const raw = manual.base + (random() * 2 - 1) * manual.spread;
  const capped = kpi.unit === "PERCENT" ? Math.min(100, raw) : raw;
  return kpi.unit === "MONEY" ? Math.round(capped / 10) * 10 : Math.round(capped * 10) / 10;
};

/** Management figures as numerator over denominator, for the quarters the measures demo does not already fill. */
const managementRows = (kpi: DemoKpi, quarters: Quarter[], homes: number, random: () => number) => {
  const definition = MANAGEMENT_MEASURES.find((entry) => entry.code === kpi.sourceCode);
  if (!definition) return [];
  return quarters.map((q, index) => {
    const value = valueFor(kpi, random, index === quarters.length - 1);
    const denominator = definition.expressedAs === "perThousandHomes" ? homes : 1000;
    const numerator =
      definition.expressedAs === "perThousandHomes" ? Math.round((value * homes) / 1000) : Math.round(value * 10);
    return { code: definition.code, year: q.year, quarter: q.quarter, numerator, denominator };
  });
};

export const seedKpis = async (tx: Tx, regime: Regime, now = new Date()) => {
  const random = generator(11);
  const quarters = quartersEnding(latestCompleteQuarter(now), QUARTERS_OF_HISTORY);
  const years = [...new Set(quarters.map((q) => q.year))];
  const homes = buildCustomers(regime).homes.length;
  const kpis = DEMO_KPIS(regime);
  for (const [position, kpi] of kpis.entries()) {
    const { id } = await tx.kpi.create({
      data: {
        code: kpi.code,
        name: kpi.name,
        description: kpi.description,
        unit: kpi.unit,
        direction: kpi.direction,
        section: kpi.section,
        source: kpi.source,
        sourceCode: kpi.sourceCode ?? null,
        owner: kpi.owner,
        outcomeCodes: kpi.outcomes[regime],
        key: kpi.key ?? false,
        position,
      },
      select: { id: true },
    });
    if (kpi.target) {
      const [target, amberTolerance] = kpi.target;
      await tx.kpiTarget.createMany({ data: years.map((year) => ({ kpiId: id, year, target, amberTolerance })) });
    }
    if (kpi.source === "MANUAL" && kpi.manual) {
      await tx.kpiValue.createMany({
        data: quarters.map((q, index) => ({
          kpiId: id,
          ...q,
          value: valueFor(kpi, random, index === quarters.length - 1),
          note: "Demo figure",
        })),
      });
    }
    if (kpi.source === "MANAGEMENT_MEASURE") {
      // The latest quarter's figure is the demo's own, so the exception shows; earlier quarters keep what is there.
      const rows = managementRows(kpi, quarters, homes, random);
      const latest = rows.at(-1);
      if (latest)
        await tx.managementMeasure.deleteMany({
          where: { code: latest.code, year: latest.year, quarter: latest.quarter },
        });
      await tx.managementMeasure.createMany({ data: rows, skipDuplicates: true });
    }
  }
  await seedBoardPaper(tx, latestCompleteQuarter(now), now);
};

/**
 * The latest quarter's pack under way: commentary on the calls exception, the letters exception asked of the
 * officer with a date next week, and two board questions, one answered. Gas safety is left for the demo to explain.
 */
const seedBoardPaper = async (tx: Tx, quarter: Quarter, now: Date) => {
  const users = await tx.user.findMany({
    where: { email: { in: ["officer@involve.test", "board@involve.test"] } },
    select: { id: true, email: true },
  });
  const officer = users.find((user) => user.email === "officer@involve.test");
  const board = users.find((user) => user.email === "board@involve.test");
  if (!officer || !board) return;
  const pack = await tx.performancePack.create({ data: quarter, select: { id: true } });
  await tx.packCommentary.create({
    data: {
      packId: pack.id,
      kpiCode: "SS01",
      text: "Two contact centre advisers left in the quarter and calls rose after the rent letters went out.",
      action: "Two new advisers started last month; rent letters now go out over two weeks, not one day.",
      recoveryBy: "By the end of next quarter",
      authorId: officer.id,
    },
  });
  await tx.commentaryRequest.create({
    data: {
      ...quarter,
      kpiCode: "SS04",
      officerId: officer.id,
      requestedById: officer.id,
      dueOn: new Date(`${new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`),
    },
  });
  await tx.boardQuestion.createMany({
    data: [
      {
        ...quarter,
        kpiCode: "SS01",
        subject: "SS01 Calls answered within 40 seconds",
        question: "Are callers waiting longer at particular times of day?",
        askedById: board.id,
        answer: "Yes: Monday mornings. Two advisers now start at 8am on Mondays.",
        answeredById: officer.id,
        answeredAt: now,
      },
      {
        ...quarter,
        subject: "Strategy action plan",
        question: "Which actions need more money to finish this year?",
        askedById: board.id,
      },
    ],
  });
};
