import { DomainError } from "@/lib/errors";
import { discardUpload, readUpload } from "./upload-store";
import type { UploadConfirmation } from "./schemas";

export const FILE_GONE = "We no longer have that file. Upload it again to check and import it.";

export const CHANGED_SINCE_PREVIEW =
  "This is not what you checked: the file or the records it changes are different now, so nothing has been imported. Check the file again before you confirm.";

/** Refuses a confirmation whose digest is not the one the preview would show now. */
export type DigestCheck = (current: string) => void;

/**
 * The confirm step of every upload: reads the stored file, lets the domain preview it again (in its transaction)
 * and write it only if the preview's digest is the one confirmed, then deletes the file, which holds personal data.
 */
export const confirmUpload = async <T>(
  { upload, digest }: UploadConfirmation,
  apply: (text: string, check: DigestCheck) => Promise<T>,
) => {
  const text = await readUpload(upload);
  if (text === null) throw new DomainError(FILE_GONE);
  const result = await apply(text, (current) => {
    if (current !== digest) throw new DomainError(CHANGED_SINCE_PREVIEW);
  });
  await discardUpload(upload);
  return result;
};
