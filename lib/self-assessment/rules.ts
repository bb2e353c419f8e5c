import type { SelfAssessmentRating } from "@/lib/generated/prisma/enums";

export const RATINGS = ["MEETS", "PARTLY_MEETS", "DOES_NOT_MEET"] as const satisfies readonly SelfAssessmentRating[];

export const RATING_LABEL: Record<SelfAssessmentRating, string> = {
  MEETS: "Meets the requirement",
  PARTLY_MEETS: "Partly meets the requirement",
  DOES_NOT_MEET: "Does not meet the requirement",
};

export type AssessedRequirement = { code: string; rating: SelfAssessmentRating | null; narrative: string | null };

/** The requirements not yet rated with a narrative: the board can sign off only a complete assessment. */
export const unfinishedRequirements = <T extends AssessedRequirement>(requirements: readonly T[]) =>
  requirements.filter((requirement) => requirement.rating === null || !requirement.narrative?.trim());

/** A requirement rated below "meets" needs an improvement action before sign-off: the gap must be worked on. */
export const needsAction = (requirement: { rating: SelfAssessmentRating | null; actionCount: number }) =>
  requirement.rating !== null && requirement.rating !== "MEETS" && requirement.actionCount === 0;

/** What stops sign-off, as sentences for the page and the refusal. */
export const signOffBlockers = (
  requirements: readonly (AssessedRequirement & { heading: string; actionCount: number })[],
) => [
  ...unfinishedRequirements(requirements).map((requirement) => `${requirement.heading}: rate it and explain why`),
  ...requirements
    .filter(needsAction)
    .map((requirement) => `${requirement.heading}: add an improvement action for the gap`),
];

export type EvidenceLink = { kind: string; title: string; href: string };

/** Only evidence the assurance map offers for the requirement's outcome may be chosen, kept as it read then. */
export const chosenEvidence = (offered: readonly EvidenceLink[], hrefs: readonly string[]): EvidenceLink[] | null => {
  const chosen = hrefs.map((href) => offered.find((item) => item.href === href));
  return chosen.every((item) => item !== undefined)
    ? chosen.map(({ kind, title, href }) => ({ kind, title, href }))
    : null;
};
