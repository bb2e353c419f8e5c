import type { AgeBand, EvaluationAnswer, HouseholdRelationship } from "@/lib/generated/prisma/enums";

export const AGE_BAND_LABEL: Record<AgeBand, string> = {
  UNDER_5: "Under 5",
  AGE_5_TO_10: "5 to 10",
  AGE_11_TO_15: "11 to 15",
  AGE_16_TO_24: "16 to 24",
  AGE_25_TO_64: "25 to 64",
  AGE_65_OR_OVER: "65 or over",
};

/** Under 16: only ever counted, never named (decision 23; the database checks it too). */
export const CHILD_BANDS = ["UNDER_5", "AGE_5_TO_10", "AGE_11_TO_15"] as const satisfies AgeBand[];
export const ADULT_BANDS = ["AGE_16_TO_24", "AGE_25_TO_64", "AGE_65_OR_OVER"] as const satisfies AgeBand[];

export const RELATIONSHIP_LABEL: Record<HouseholdRelationship, string> = {
  PARTNER: "Partner",
  SON_OR_DAUGHTER: "Son or daughter",
  PARENT: "Parent",
  OTHER_RELATIVE: "Another relative",
  LODGER_OR_OTHER: "Lodger or someone else",
};

export const EVALUATION_ANSWER_LABEL: Record<EvaluationAnswer, string> = {
  YES: "Yes",
  PARTLY: "Partly",
  NO: "No",
};
