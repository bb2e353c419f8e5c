export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export type PhotoType = "image/jpeg" | "image/png";

// The first bytes every JPEG and PNG file starts with: the file decides its type, not its name or the browser.
const SIGNATURES: [PhotoType, number[]][] = [
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** A photo's type from its own bytes, or a problem to show beside the field: JPEG or PNG, 5 MB at most. */
export const checkPhoto = (bytes: Uint8Array): { type: PhotoType } | { problem: string } => {
  if (bytes.length > MAX_PHOTO_BYTES) return { problem: "The photo must be 5 MB or smaller" };
  const match = SIGNATURES.find(([, signature]) => signature.every((byte, index) => bytes[index] === byte));
  return match ? { type: match[0] } : { problem: "The photo must be a JPEG or PNG image" };
};
