import { percent } from "./rounding";
import { NOT_APPLICABLE_SPELLINGS, normaliseAnswer, POSITIVE_OPTIONS, SCALES, type ScaleName } from "./scales";

export const TENURES = ["LCRA", "LCHO"] as const;
export type Tenure = (typeof TENURES)[number];

export const GROUPS = ["all", ...TENURES] as const;
export type Group = (typeof GROUPS)[number];

export const SCREENING_QUESTIONS = ["had_repair_12m", "complained_12m", "has_communal_areas"] as const;
export type ScreeningQuestion = (typeof SCREENING_QUESTIONS)[number];

export type MeasureDefinition = {
  code: string;
  scale: ScaleName;
  notApplicableAllowed: boolean;
  /** Only respondents who answered yes to this question may count towards the measure. */
  screenedBy?: ScreeningQuestion;
};

const measure = (code: string, scale: ScaleName, extra: Partial<MeasureDefinition> = {}): MeasureDefinition => ({
  code,
  scale,
  notApplicableAllowed: false,
  ...extra,
});

/** The Regulator of Social Housing's tenant perception measures (England). */
export const TSM_MEASURES: readonly MeasureDefinition[] = [
  measure("TP01", "satisfaction"),
  measure("TP02", "satisfaction", { screenedBy: "had_repair_12m" }),
  measure("TP03", "satisfaction", { screenedBy: "had_repair_12m" }),
  measure("TP04", "satisfaction"),
  measure("TP05", "satisfaction"),
  measure("TP06", "satisfaction"),
  measure("TP07", "satisfaction"),
  measure("TP08", "agreement"),
  measure("TP09", "satisfaction", { screenedBy: "complained_12m" }),
  measure("TP10", "satisfaction", { screenedBy: "has_communal_areas" }),
  measure("TP11", "satisfaction", { notApplicableAllowed: true }),
  measure("TP12", "satisfaction", { notApplicableAllowed: true }),
];

/** The Scottish Housing Regulator's ARC survey indicators 1, 2 and 5. */
export const ARC_MEASURES: readonly MeasureDefinition[] = [
  measure("ARC1", "satisfaction"),
  measure("ARC2", "goodPoor"),
  measure("ARC5", "satisfaction"),
];

/** The position of the answer on its scale, best first, or the TP11/TP12 opt-out. */
export type Answer = number | "not_applicable";

export type SurveyResponse = {
  tenure: Tenure;
  /** The screening questions answered yes. */
  passed: ReadonlySet<ScreeningQuestion>;
  /** By measure code; a missing answer was not asked or not given. */
  answers: Readonly<Partial<Record<string, Answer>>>;
};

const optionsText = (definition: MeasureDefinition) =>
  [...SCALES[definition.scale], ...(definition.notApplicableAllowed ? [NOT_APPLICABLE_SPELLINGS[0]] : [])].join(", ");

/** Reads one cell: empty means not answered; anything off the scale is a problem, never a silent blank. */
export const readAnswer = (definition: MeasureDefinition, raw: string): { answer?: Answer; problem?: string } => {
  const text = normaliseAnswer(raw);
  if (text === "") return {};
  const rank = (SCALES[definition.scale] as readonly string[]).indexOf(text);
  if (rank >= 0) return { answer: rank };
  if (definition.notApplicableAllowed && (NOT_APPLICABLE_SPELLINGS as readonly string[]).includes(text))
    return { answer: "not_applicable" };
  return { problem: `"${raw.trim()}" is not one of: ${optionsText(definition)}` };
};

export type Tally = { positive: number; base: number; percent: number | null };

export type PerceptionResult = {
  respondents: Record<Group, number>;
  measures: Record<string, Record<Group, Tally>>;
  /** Per screened measure: answers left out because the respondent did not pass the screening question. */
  ignored: Record<string, number>;
};

type Counts = { positive: number; base: number };

const byGroup = <T>(make: (group: Group) => T) =>
  Object.fromEntries(GROUPS.map((group) => [group, make(group)])) as Record<Group, T>;

const tally = ({ positive, base }: Counts): Tally => ({ positive, base, percent: percent(positive, base) });

/** Positive answers, base and percentage of each measure for all respondents and for each tenure. */
export const tallyMeasures = (
  responses: Iterable<SurveyResponse>,
  definitions: readonly MeasureDefinition[],
): PerceptionResult => {
  const respondents = byGroup(() => 0);
  const measures = definitions.map((definition) => ({
    definition,
    counts: byGroup<Counts>(() => ({ positive: 0, base: 0 })),
    ignored: 0,
  }));
  for (const { tenure, passed, answers } of responses) {
    respondents.all += 1;
    respondents[tenure] += 1;
    for (const entry of measures) {
      const { code, screenedBy } = entry.definition;
      const answer = answers[code];
      if (answer === undefined) continue;
      if (screenedBy && !passed.has(screenedBy)) {
        entry.ignored += 1;
        continue;
      }
      if (answer === "not_applicable") continue;
      for (const counts of [entry.counts.all, entry.counts[tenure]]) {
        counts.base += 1;
        if (answer < POSITIVE_OPTIONS) counts.positive += 1;
      }
    }
  }
  return {
    respondents,
    measures: Object.fromEntries(
      measures.map(({ definition, counts }) => [definition.code, byGroup((group) => tally(counts[group]))]),
    ),
    ignored: Object.fromEntries(
      measures.flatMap(({ definition, ignored }) => (definition.screenedBy ? [[definition.code, ignored]] : [])),
    ),
  };
};
