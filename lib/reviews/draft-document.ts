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

/** Text typed with blank lines between paragraphs, as paragraphs. */
export const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
