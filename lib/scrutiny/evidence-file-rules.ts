import { checkPhoto } from "@/lib/feedback/photo-rules";

export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;

export type EvidenceFileType = "application/pdf" | "image/jpeg" | "image/png";

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

const EXTENSION: Record<EvidenceFileType, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};

/**
 * An evidence file's type from its own bytes (never its name or what the browser says): a PDF, JPEG or PNG of
 * 10 MB at most; or the problem to show beside the field.
 */
export const checkEvidenceFile = (bytes: Uint8Array): { type: EvidenceFileType } | { problem: string } => {
  if (bytes.length === 0) return { problem: "The file is empty" };
  if (bytes.length > MAX_EVIDENCE_FILE_BYTES) return { problem: "The file must be 10 MB or smaller" };
  if (PDF_SIGNATURE.every((byte, index) => bytes[index] === byte)) return { type: "application/pdf" };
  const photo = checkPhoto(bytes);
  return "type" in photo ? photo : { problem: "The file must be a PDF, JPEG or PNG" };
};

/** A name safe in a download header, ending in the extension of the type its bytes were found to be. */
export const evidenceFileName = (name: string, type: EvidenceFileType) => {
  const stem = (name.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${stem || "evidence"}.${EXTENSION[type]}`;
};
