import type {
  CustomerKind,
  CustomerStatus,
  Regime,
  StockType,
  SurveyMethod,
  SurveyTenure,
} from "@/lib/generated/prisma/enums";
import type { CollectionMethod, SurveyRecord } from "@/lib/measures/parse-survey-csv";
import type { MeasureDefinition, ScreeningQuestion } from "@/lib/measures/perception";
import { SCREENING_QUESTIONS } from "@/lib/measures/perception";
import type { Problem } from "@/lib/uploads/problems";
import { answerColumn, type AnswerColumn, NOT_APPLICABLE_POINTS, SCREENING_COLUMNS, toPoints } from "./stored-answers";
import { isoDay } from "@/lib/uk-time";

/**
 * The regulator's tenure split of a home. England: low-cost rental (LCRA, and social rent, which is low-cost
 * rental) or low-cost home ownership (LCHO); other stock such as market rent is outside the TSMs. Scotland: social
 * rented homes count as LCRA and the rest as LCHO.
 */
export const surveyTenure = (regime: Regime, stockType: StockType): SurveyTenure | null => {
  const rented = stockType === "LCRA" || stockType === "SOCIAL_RENT";
  if (regime === "SCOTLAND") return rented ? "LCRA" : "LCHO";
  if (rented) return "LCRA";
  return stockType === "LCHO" ? "LCHO" : null;
};

/** Kinds of customer the survey may ask; leaseholders only as shared owners (a home counted as LCHO). */
export const RESPONDENT_KINDS = ["TENANT", "JOINT_TENANT", "LEASEHOLDER"] as const satisfies readonly CustomerKind[];

export type RespondentFacts = { kind: CustomerKind; status: CustomerStatus; stockType: StockType | null };

/** The tenure a customer answers under, or null when the survey is not for them. */
export const respondentTenure = (regime: Regime, { kind, status, stockType }: RespondentFacts): SurveyTenure | null => {
  if (status !== "ACTIVE" || stockType === null || !(RESPONDENT_KINDS as readonly string[]).includes(kind)) return null;
  const tenure = surveyTenure(regime, stockType);
  // A leaseholder who owns outright is not a social housing tenant; a shared owner is, under LCHO.
  if (kind === "LEASEHOLDER" && tenure !== "LCHO") return null;
  return tenure;
};

/** Homes in scope by tenure: each home once, however many of its customers may answer. */
export const countPopulation = (
  regime: Regime,
  homes: readonly { stockType: StockType; customers: readonly Omit<RespondentFacts, "stockType">[] }[],
) => {
  const population = { populationLcra: 0, populationLcho: 0 };
  for (const home of homes) {
    const tenures = new Set(
      home.customers.map((customer) => respondentTenure(regime, { ...customer, stockType: home.stockType })),
    );
    if (tenures.has("LCRA")) population.populationLcra += 1;
    else if (tenures.has("LCHO")) population.populationLcho += 1;
  }
  return population;
};

/** An interview cannot have happened after today (UK time); `today` is YYYY-MM-DD. */
export const collectedOnProblem = (collectedOn: Date | undefined, today: string) =>
  collectedOn && isoDay(collectedOn) > today ? "The date collected cannot be in the future" : undefined;

export type ScreeningAnswers = Partial<Record<ScreeningQuestion, boolean>>;
/** Points by measure code, as the form sends them: 5 best to 1 worst, 0 "not applicable/don't know". */
export type PointAnswers = Partial<Record<string, number>>;

export type StoredAnswers = Partial<
  Record<(typeof SCREENING_COLUMNS)[ScreeningQuestion], boolean> & Record<AnswerColumn, number>
>;

const SCREENED_OUT: Record<ScreeningQuestion, string> = {
  had_repair_12m: "Leave this blank, or answer Yes to the question about a repair in the last 12 months",
  complained_12m: "Leave this blank, or answer Yes to the question about a complaint in the last 12 months",
  has_communal_areas: "Leave this blank, or answer Yes to the question about communal areas",
};

/** England's questionnaire asks every screening question; Scotland's ARC indicators have none. */
export const screeningQuestionsFor = (definitions: readonly MeasureDefinition[]) =>
  SCREENING_QUESTIONS.filter((question) => definitions.some(({ screenedBy }) => screenedBy === question));

/**
 * Checks a questionnaire typed into a form. A screened question answered by someone who did not pass its
 * screening is refused beside it rather than dropped: the person answering is there to put it right, and a
 * silently lost answer would surprise them.
 */
export const checkAnswers = (
  definitions: readonly MeasureDefinition[],
  screening: ScreeningAnswers,
  answers: PointAnswers,
) => {
  const fieldErrors: Record<string, string> = {};
  const stored: StoredAnswers = {};
  for (const question of screeningQuestionsFor(definitions)) {
    const answer = screening[question];
    if (answer === undefined) fieldErrors[question] = "Choose yes or no";
    else stored[SCREENING_COLUMNS[question]] = answer;
  }
  for (const { code, screenedBy, notApplicableAllowed } of definitions) {
    const points = answers[code];
    if (points === undefined) continue;
    if (points === NOT_APPLICABLE_POINTS && !notApplicableAllowed) fieldErrors[code] = "Choose one of the answers";
    else if (screenedBy && screening[screenedBy] !== true) fieldErrors[code] ??= SCREENED_OUT[screenedBy];
    else stored[answerColumn(code)] = points;
  }
  const answered = definitions.some(({ code }) => answers[code] !== undefined);
  if (!answered && definitions[0])
    fieldErrors[definitions[0].code] = "Answer at least one of the satisfaction questions";
  return { stored, fieldErrors };
};

const METHODS: Record<CollectionMethod, SurveyMethod> = {
  telephone: "TELEPHONE",
  online: "ONLINE",
  postal: "POSTAL",
  face_to_face: "FACE_TO_FACE",
};

export type ImportRow = {
  line: number;
  respondentRef: string;
  tenure: SurveyTenure;
  /** Null when the file leaves the optional `method` blank: the database records it as not stated. */
  method: SurveyMethod | null;
  collectedOn: Date | null;
  answers: StoredAnswers;
};

/**
 * Turns a contractor's checked lines into rows to store, taking exactly the `measures` command's file format.
 * Every answer is kept as written, including answers to screened questions from respondents who did not pass the
 * screening: the figures leave them out of the base and count them as ignored, as the command does, so the round's
 * results equal the command's on the same file. `ignored` says how many there are, for the preview.
 */
export const importRows = (
  definitions: readonly MeasureDefinition[],
  records: readonly SurveyRecord[],
  refsInRound: ReadonlySet<string>,
) => {
  const problems: Problem[] = [];
  const rows: ImportRow[] = [];
  let ignored = 0;
  for (const record of records) {
    if (refsInRound.has(record.respondentRef.toLowerCase())) {
      problems.push({
        line: record.line,
        column: "respondent_ref",
        message: `respondent ${record.respondentRef} already has a response in this round`,
      });
    }
    const answers: StoredAnswers = {};
    for (const question of SCREENING_QUESTIONS) {
      const answer = record.screening[question];
      if (answer !== undefined) answers[SCREENING_COLUMNS[question]] = answer;
    }
    for (const { code, screenedBy } of definitions) {
      const answer = record.answers[code];
      if (answer === undefined) continue;
      if (screenedBy && record.screening[screenedBy] !== true) ignored += 1;
      answers[answerColumn(code)] = toPoints(answer);
    }
    rows.push({
      line: record.line,
      respondentRef: record.respondentRef,
      tenure: record.tenure,
      method: record.method ? METHODS[record.method] : null,
      collectedOn: record.collectedOn ? new Date(`${record.collectedOn}T00:00:00Z`) : null,
      answers,
    });
  }
  return { rows, problems, ignored };
};
