import { db } from "@/lib/db";
import { paragraphs, type DraftDocument } from "@/lib/reviews/draft-document";
import { financialYearLabel } from "@/lib/uk-time";
import { requirementsFor } from "./requirements";
import { RATING_LABEL } from "./rules";

/** The self-assessment as a group of tenants reads it to comment (lib/reviews): each requirement, its rating and narrative. */
export const loadSelfAssessmentForReview = async (id: string): Promise<DraftDocument | null> => {
  const row = await db.selfAssessment.findUnique({
    where: { id },
    select: { year: true, regime: true, signedOffAt: true, requirements: true },
  });
  if (!row) return null;
  return {
    title: `Involvement self-assessment ${financialYearLabel(row.year)}`,
    sections: requirementsFor(row.regime).map((requirement) => {
      const assessed = row.requirements.find((entry) => entry.requirementCode === requirement.code);
      return {
        heading: requirement.heading,
        paragraphs: [
          requirement.text,
          assessed?.rating ? RATING_LABEL[assessed.rating] : "Not assessed yet",
          ...paragraphs(assessed?.narrative ?? ""),
        ],
      };
    }),
    isDraft: row.signedOffAt === null,
    staffHref: `/staff/self-assessment?year=${row.year}`,
  };
};
