import type { ReactNode } from "react";
import type { DraftDocument } from "@/lib/reviews/draft-document";

type Props = {
  draft: DraftDocument;
  /** Shown beside each section (keyed by heading) on wide screens, below it on narrow ones: comments. */
  beside?: (heading: string) => ReactNode;
};

/** A draft as its reviewers read it, section by section; the same for tenants and officers. */
export const DraftDocumentView = ({ draft, beside }: Props) => (
  <div>
    {draft.introduction && <p className="mb-6 text-lg">{draft.introduction}</p>}
    {draft.sections.map((section) => (
      <div key={section.heading} className={beside ? "mb-8 grid gap-6 lg:grid-cols-2" : "mb-6"}>
        <section className="max-w-2xl">
          <h2 className="mb-2 text-2xl font-bold">{section.heading}</h2>
          {section.paragraphs.map((paragraph, n) => (
            <p key={n} className="mb-3 whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </section>
        {beside && <div>{beside(section.heading)}</div>}
      </div>
    ))}
  </div>
);
