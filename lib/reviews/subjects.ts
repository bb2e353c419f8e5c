import { db } from "@/lib/db";
import type { DraftSubjectKind } from "@/lib/generated/prisma/enums";
import { ZSections } from "@/lib/communications/schemas";
import { requirementsFor } from "@/lib/self-assessment/requirements";
import { RATING_LABEL } from "@/lib/self-assessment/rules";
import { financialYearLabel } from "@/lib/uk-time";

/** A draft as reviewers read it: plain text in sections, whatever kind of document it is. */
export type DraftDocument = {
  title: string;
  /** Shown above the sections, for example a newsletter's summary. */
  introduction?: string;
  sections: { heading: string; paragraphs: string[] }[];
  /** Still a draft: a group can be asked to read it. */
  isDraft: boolean;
  /** The officers' page for the document, where its reviews are shown. */
  staffHref: string;
};

type Subject = {
  /** How the kind is named in a sentence: "Read this newsletter". */
  noun: string;
  load: (id: string) => Promise<DraftDocument | null>;
};

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/**
 * Each kind of draft a group can review, in one place: adding a kind is an enum value in the schema and an entry
 * here (the Record makes the compiler ask for it).
 */
export const REVIEW_SUBJECTS: Record<DraftSubjectKind, Subject> = {
  NEWSLETTER: {
    noun: "newsletter",
    load: async (id) => {
      const row = await db.communication.findUnique({
        where: { id },
        select: { id: true, title: true, summary: true, sections: true, status: true },
      });
      if (!row) return null;
      return {
        title: row.title,
        introduction: row.summary,
        // Reviewers read a picture's description where the picture stands, to check it as well.
        sections: ZSections.parse(row.sections).map((s) => ({
          heading: s.heading,
          paragraphs: [...(s.image ? [`Picture: ${s.image.alt}`] : []), ...paragraphs(s.text)],
        })),
        isDraft: row.status === "DRAFT",
        staffHref: `/staff/communications/${row.id}`,
      };
    },
  },
  SELF_ASSESSMENT: {
    noun: "self-assessment",
    load: async (id) => {
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
    },
  },
};

/** The draft as reviewers read it, with what kind of document it is ("newsletter"); null when there is none. */
export const loadDraft = async (kind: DraftSubjectKind, id: string) => {
  const draft = await REVIEW_SUBJECTS[kind].load(id);
  return draft && { ...draft, noun: REVIEW_SUBJECTS[kind].noun };
};
