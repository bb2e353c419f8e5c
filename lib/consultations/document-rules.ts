export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const PDF_SIGNATURE = "%PDF-";

type Upload = { name: string; size: number; firstBytes: Uint8Array };

/**
 * Only PDFs: tenants open them in any browser and they print as the landlord laid them out. The file's own first
 * bytes decide, not its name or the type the browser claims, so a renamed spreadsheet is refused.
 */
export const documentProblem = ({ name, size, firstBytes }: Upload): string | null => {
  if (size === 0) return "Select a PDF file";
  if (size > MAX_DOCUMENT_BYTES) return "The file must be 10 MB or smaller";
  const signature = new TextDecoder("latin1").decode(firstBytes.subarray(0, PDF_SIGNATURE.length));
  if (!name.toLowerCase().endsWith(".pdf") || signature !== PDF_SIGNATURE) return "The file must be a PDF";
  return null;
};

/** A name safe to offer in a download header: letters, digits, dots, dashes and underscores only. */
export const safeFileName = (name: string) => {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return cleaned.toLowerCase().endsWith(".pdf") && cleaned.length > 4 ? cleaned : "document.pdf";
};

/** "PDF, 240 KB" beside a link, so people on slow or paid connections know before they open it. */
export const describeSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `PDF, ${Math.max(1, Math.round(bytes / 1024))} KB`
    : `PDF, ${(bytes / (1024 * 1024)).toFixed(1)} MB`;
