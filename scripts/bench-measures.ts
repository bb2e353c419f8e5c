// Times the twelve tenant perception measures over 200,000 generated respondents:
// `npx tsx scripts/bench-measures.ts`. A benchmark, not a test: machines differ, so it prints timings rather than
// asserting them. It times the engine on rows in memory (what the app does with database rows) and then the
// command's whole path from CSV text.
import { parseSurveyCsv } from "../lib/measures/parse-survey-csv";
import {
  SCREENING_QUESTIONS,
  TSM_MEASURES,
  tallyMeasures,
  type Answer,
  type SurveyResponse,
} from "../lib/measures/perception";
import { SCALES } from "../lib/measures/scales";

const ROWS = 200_000;

/** A fixed-seed generator, so every run measures the same data. */
const generator = (seed: number) => {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
};

const random = generator(42);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;

/** About one answer in ten is blank and one in twenty TP11/TP12 answers is don't know. */
const answerFor = (notApplicableAllowed: boolean): Answer | undefined => {
  const roll = random();
  if (roll < 0.1) return undefined;
  if (notApplicableAllowed && roll < 0.15) return "not_applicable";
  return Math.floor(random() * 5);
};

const responses: SurveyResponse[] = Array.from({ length: ROWS }, () => ({
  tenure: random() < 0.85 ? "LCRA" : "LCHO",
  passed: new Set(SCREENING_QUESTIONS.filter(() => random() < 0.5)),
  answers: Object.fromEntries(
    TSM_MEASURES.map(({ code, notApplicableAllowed }) => [code, answerFor(notApplicableAllowed)]),
  ),
}));

const cellOf = (code: string, answer: Answer | undefined) => {
  if (answer === undefined) return "";
  if (answer === "not_applicable") return "Don't know";
  const scale = SCALES[TSM_MEASURES.find((definition) => definition.code === code)?.scale ?? "satisfaction"];
  return scale[answer] ?? "";
};

const csvText = () =>
  [
    ["respondent_ref", "tenure", ...SCREENING_QUESTIONS, ...TSM_MEASURES.map(({ code }) => code)].join(","),
    ...responses.map(({ tenure, passed, answers }, index) =>
      [
        `R${index}`,
        tenure,
        ...SCREENING_QUESTIONS.map((question) => (passed.has(question) ? "yes" : pick(["no", ""]))),
        ...TSM_MEASURES.map(({ code }) => cellOf(code, answers[code])),
      ].join(","),
    ),
  ].join("\n");

const timed = <T>(work: () => T) => {
  const start = performance.now();
  const result = work();
  return { result, seconds: ((performance.now() - start) / 1000).toFixed(3) };
};

const engine = timed(() => tallyMeasures(responses, TSM_MEASURES));
console.log(
  `Engine, rows in memory: ${engine.result.respondents.all.toLocaleString("en-GB")} respondents in ${engine.seconds} s`,
);
console.log(
  `  TP01 all: ${JSON.stringify(engine.result.measures.TP01?.all)}; ignored: ${JSON.stringify(engine.result.ignored)}`,
);

const text = csvText();
const started = performance.now();
const parsed = { result: await parseSurveyCsv(text), seconds: ((performance.now() - started) / 1000).toFixed(3) };
if (!parsed.result.ok) throw new Error(`the generated file has problems: ${parsed.result.problems[0]?.message}`);
const fromFile = tallyMeasures(parsed.result.value, TSM_MEASURES);
console.log(`From CSV text (${(text.length / 1024 / 1024).toFixed(1)} MB): read and checked in ${parsed.seconds} s`);
console.log(
  `  same figures as in memory: ${JSON.stringify(fromFile.measures) === JSON.stringify(engine.result.measures)}`,
);
