/** An officer's explanation of an exception: why it is off target, what is being done, when it should recover. */
export type Commentary = { reason: string; action: string | null; recoveryBy: string | null };

/** Packs presented before commentary had three parts stored one string: the reason. */
export const readCommentary = (entry: Commentary | string): Commentary =>
  typeof entry === "string" ? { reason: entry, action: null, recoveryBy: null } : entry;

/** The commentary as one paragraph, for the PDF, the CSV and the trends page. */
export const commentaryText = ({ reason, action, recoveryBy }: Commentary) =>
  [
    `Why: ${reason}`,
    action ? `What is being done: ${action}` : null,
    recoveryBy ? `Expected back on target: ${recoveryBy}` : null,
  ]
    .filter((part) => part !== null)
    .join(" ");
