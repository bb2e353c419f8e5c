import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { AREA_ROLES } from "@/lib/auth/rules";
import { readStoredFile } from "@/lib/files/file-store";

export const documentHref = (document: { id: string; consultationId: string }) =>
  `/consultations/${document.consultationId}/documents/${document.id}`;

/**
 * A document is public once its consultation is published (the hub lists it to everyone); a draft's documents are
 * for staff only. Null means "no such document" for this reader, so a draft's attachments are not even confirmed.
 */
export const openDocument = async (ids: { consultationId: string; documentId: string }, readerRole: Role | null) => {
  const document = await db.consultationDocument.findFirst({
    where: { id: ids.documentId, consultationId: ids.consultationId },
    include: { consultation: { select: { status: true } } },
  });
  if (!document) return null;
  const staff = readerRole !== null && (AREA_ROLES.staff as readonly Role[]).includes(readerRole);
  if (document.consultation.status === "DRAFT" && !staff) return null;
  const bytes = await readStoredFile(document.sha256).catch(() => null);
  return bytes && { fileName: document.fileName, bytes };
};
