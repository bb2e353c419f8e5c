import { db } from "@/lib/db";
import { readStoredFile } from "@/lib/files/file-store";

const notFound = () =>
  new Response("We could not find that photo.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

/**
 * The photo sent with one item, for the complainant (`customerId` given: only their own) or staff. Served as the
 * image type its bytes were checked to be, never sniffed by the browser, and never kept in a shared cache.
 */
export const photoResponse = async (feedbackId: string, customerId?: string) => {
  const item = await db.feedback.findFirst({
    where: { id: feedbackId, ...(customerId && { customerId }) },
    select: { photoSha256: true, photoType: true },
  });
  if (!item?.photoSha256 || !item.photoType) return notFound();
  return new Response(new Uint8Array(await readStoredFile(item.photoSha256)), {
    headers: {
      "Content-Type": item.photoType,
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
};
