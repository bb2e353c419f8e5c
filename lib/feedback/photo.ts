import { db } from "@/lib/db";
import { readStoredFile } from "@/lib/files/file-store";
import { fileNotFound, fileResponse } from "@/lib/files/file-response";

/**
 * The photo sent with one item, for the complainant (`customerId` given: only their own) or staff. Served as the
 * image type its bytes were checked to be, never sniffed by the browser, and never kept in a shared cache.
 */
export const photoResponse = async (feedbackId: string, customerId?: string) => {
  const item = await db.feedback.findFirst({
    where: { id: feedbackId, ...(customerId && { customerId }) },
    select: { photoSha256: true, photoType: true },
  });
  if (!item?.photoSha256 || !item.photoType) return fileNotFound("photo");
  return fileResponse({ bytes: await readStoredFile(item.photoSha256), type: item.photoType }, "personal");
};
