import { db } from "@/lib/db";
import type { DraftSubjectKind } from "@/lib/generated/prisma/enums";
import { loadReportForReview } from "@/lib/annual-report/review-draft";
import { cardsOf } from "@/lib/communications/card-data";
import { ZSections } from "@/lib/communications/schemas";
import { loadSelfAssessmentForReview } from "@/lib/self-assessment/review-draft";
import { paragraphs, type DraftDocument } from "./draft-document";

type Subject = {
  /** How the kind is named in a sentence: "Read this newsletter". */
  noun: string;
  load: (id: string) => Promise<DraftDocument | null>;
};

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
        select: { id: true, title: true, summary: true, sections: true, status: true, cards: true },
      });
      if (!row) return null;
      // Reviewers read the cards as readers would get them if it went now (or as they went).
      const cards = await cardsOf(row);
      return {
        title: row.title,
        introduction: row.summary,
        // Reviewers read a picture's description where the picture stands, to check it as well.
        sections: ZSections.parse(row.sections)
          .map((s) => ({
            heading: s.heading,
            paragraphs: [...(s.image ? [`Picture: ${s.image.alt}`] : []), ...paragraphs(s.text)],
          }))
          .concat(
            cards.map((card) => ({
              heading: card.heading,
              paragraphs: card.items.map((item) => `${item.title}: ${item.detail}`),
            })),
          ),
        isDraft: row.status === "DRAFT",
        staffHref: `/staff/communications/${row.id}`,
      };
    },
  },
  ANNUAL_REPORT: { noun: "annual report", load: (id) => loadReportForReview(id) },
  SELF_ASSESSMENT: { noun: "self-assessment", load: (id) => loadSelfAssessmentForReview(id) },
};

/** The draft as reviewers read it, with what kind of document it is ("newsletter"); null when there is none. */
export const loadDraft = async (kind: DraftSubjectKind, id: string) => {
  const draft = await REVIEW_SUBJECTS[kind].load(id);
  return draft && { ...draft, noun: REVIEW_SUBJECTS[kind].noun };
};
