// Demo perception surveys: published rounds for the two years before the current one (so the board sees a
// comparison and the public page has results), an older round closed but never published (its method statement
// can still be edited and its results published), and management-information figures for each quarter of 2025/26.
// No round for 2026: opening it is part of the demo (and of the end-to-end tests).
import type { Tx } from "../lib/db";
import type { Regime, SurveyMethod } from "../lib/generated/prisma/enums";
import { MANAGEMENT_MEASURES } from "../lib/management-figures/rules";
import { answerColumn, measuresFor } from "../lib/surveys/stored-answers";
import { buildCustomers, generator } from "./seed-data";

export const PUBLISHED_ROUND_YEARS = [2024, 2025] as const;
export const CLOSED_ROUND_YEAR = 2023;

const METHODS: SurveyMethod[] = ["TELEPHONE", "TELEPHONE", "ONLINE", "ONLINE", "POSTAL", "FACE_TO_FACE"];

// Points 5 (best) to 1, weighted so 2025 comes out a little better than 2024.
const pointsFor = (random: () => number, lift: number) => {
  const r = random() - lift;
  return r < 0.3 ? 5 : r < 0.68 ? 4 : r < 0.8 ? 3 : r < 0.92 ? 2 : 1;
};

/** One response per customer with a home who took part, the same on every run. */
export const buildPerceptionResponses = (regime: Regime, year: number) => {
  const random = generator(year);
  const { customers, homes } = buildCustomers(regime);
  const definitions = measuresFor(regime);
  const lift = year === 2025 ? 0.06 : 0;
  return customers.flatMap((customer, index) => {
    const home = homes.find((entry) => entry.id === customer.homeId);
    if (!home || random() < 0.25) return [];
    const hadRepair = random() < 0.6;
    const complained = random() < 0.15;
    const answers = Object.fromEntries(
      definitions.map((definition) => {
        const { code, screenedBy, notApplicableAllowed } = definition;
        const asked =
          screenedBy === "had_repair_12m"
            ? hadRepair
            : screenedBy === "complained_12m"
              ? complained
              : screenedBy === "has_communal_areas"
                ? home.hasCommunalAreas
                : true;
        const roll = random();
        const points = !asked || roll < 0.03 ? null : notApplicableAllowed && roll < 0.1 ? 0 : pointsFor(random, lift);
        return [answerColumn(code), points];
      }),
    );
    return [
      {
        respondentRef: customer.reference,
        customerId: customer.id,
        tenure: home.stockType === "LCRA" || home.stockType === "SOCIAL_RENT" ? ("LCRA" as const) : ("LCHO" as const),
        method: METHODS[index % METHODS.length] ?? "ONLINE",
        collectedOn: new Date(Date.UTC(year, 5 + (index % 4), 1 + (index % 28))),
        hadRepair,
        complained,
        hasCommunalAreas: home.hasCommunalAreas,
        ...answers,
      },
    ];
  });
};

const statement = (year: number) => ({
  sampleMethod:
    "A census: every tenant household with a current tenancy or shared ownership lease was invited to take part.",
  timing: `June to September ${year}.`,
  collectionMethods:
    "Telephone interviews, an online form, paper questionnaires by post and a few face-to-face interviews at tenants' request.",
  representativeness:
    "Respondents were checked against all tenants by area, tenure and age; no group differed by more than 5 percentage points.",
  weighting: "None: the answers matched the make-up of our tenants closely enough without weighting.",
  contractor:
    "Northvale Research Ltd carried out the telephone interviews; the landlord ran the online and postal survey.",
  exclusions: "Households in temporary accommodation and those with an open safeguarding case were not contacted.",
  incentives: "Everyone who took part could enter a prize draw for one of five £50 shopping vouchers.",
});

const seedRound = async (tx: Tx, regime: Regime, year: number, published: boolean) => {
  const { homes } = buildCustomers(regime);
  const populationLcra = homes.filter((home) => home.stockType === "LCRA" || home.stockType === "SOCIAL_RENT").length;
  // The database takes responses only while a round is open: it is published after they are in.
  const round = await tx.surveyRound.create({
    data: {
      id: `round-${year}`,
      year,
      regime,
      status: "OPEN",
      targetMargin: 5,
      populationLcra,
      populationLcho: homes.length - populationLcra,
      openedAt: new Date(Date.UTC(year, 5, 1)),
      ...(published && statement(year)),
    },
  });
  await tx.perceptionResponse.createMany({
    data: buildPerceptionResponses(regime, year).map((response) => ({ roundId: round.id, ...response })),
  });
  await tx.surveyRound.update({
    where: { id: round.id },
    data: {
      status: published ? "PUBLISHED" : "CLOSED",
      closedAt: new Date(Date.UTC(year, 9, 1)),
      publishedAt: published ? new Date(Date.UTC(year + 1, 5, 30)) : null,
    },
  });
};

/** Plausible management-information figures for each quarter of 2025/26, made from the quarter and the code. */
export const buildManagementFigures = (homes: number) =>
  [1, 2, 3, 4].flatMap((quarter) =>
    MANAGEMENT_MEASURES.map(({ code, expressedAs }, index) => {
      const denominator = expressedAs === "perThousandHomes" || code === "RP01" ? homes : 80 + 15 * index + 5 * quarter;
      const numerator =
        code === "RP01"
          ? 4 + quarter
          : expressedAs === "perThousandHomes"
            ? 2 + ((index + quarter) % 5)
            : denominator - ((index + quarter) % 4);
      return { code, year: 2025, quarter, numerator, denominator };
    }),
  );

export const seedMeasures = async (tx: Tx, regime: Regime) => {
  await seedRound(tx, regime, CLOSED_ROUND_YEAR, false);
  for (const year of PUBLISHED_ROUND_YEARS) await seedRound(tx, regime, year, true);
  if (regime === "ENGLAND")
    await tx.managementMeasure.createMany({ data: buildManagementFigures(buildCustomers(regime).homes.length) });
};
