import { createHash } from "node:crypto";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** A preview lists this many problems; the rest are counted, since one bad column can fault every line. */
export const PROBLEMS_SHOWN = 200;

/** Why an uploaded file cannot be read as CSV, or undefined when it can be tried. */
export const uploadProblem = (file: { name: string; size: number; type: string }) => {
  const looksLikeCsv = file.name.toLowerCase().endsWith(".csv") || file.type === "text/csv";
  // An empty file input arrives as an empty file, named "" or "blob" depending on the server's form parser.
  if (file.size === 0 && !looksLikeCsv) return "Select a CSV file";
  if (!looksLikeCsv) return 'The selected file must be a CSV file. Save a spreadsheet as "CSV UTF-8" first';
  if (file.size === 0) return "The selected file is empty";
  if (file.size > MAX_UPLOAD_BYTES) return "The selected file must be smaller than 20 MB";
  return undefined;
};

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * The fingerprint a confirm form carries: the stored file's id and what its preview said it would do. Confirming
 * recomputes it, so a different file, a tampered form or records that moved on since the preview are all refused.
 */
export const previewDigest = (upload: string, previewed: unknown) => sha256(JSON.stringify([upload, previewed]));

/** Splits a list so no single statement exceeds PostgreSQL's limit on bound values. */
export const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
