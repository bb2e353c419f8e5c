import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { deleteStoredFile, storeFile } from "@/lib/files/file-store";
import type { Actor } from "@/lib/auth/actor";
import { documentProblem, safeFileName } from "./document-rules";

type Options = { actor: Actor; consultationId: string; title: string; file: File };

/** Checks the file is a PDF of a sensible size, stores it, then records it against the consultation. */
export const attachDocument = async ({ actor, consultationId, title, file }: Options) => {
  if (!(await db.consultation.count({ where: { id: consultationId } }))) throw notFoundError("consultation");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = documentProblem({ name: file.name, size: bytes.length, firstBytes: bytes });
  if (problem) throw new DomainError("The document was not attached.", { file: problem });
  const sha256 = await storeFile(bytes);
  return db.$transaction(async (tx) => {
    const document = await tx.consultationDocument.create({
      data: {
        consultationId,
        title,
        fileName: safeFileName(file.name),
        sizeBytes: file.size,
        sha256,
        uploadedById: actor.id,
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.document_attached",
      entityType: "Consultation",
      entityId: consultationId,
      details: { documentId: document.id, title, sizeBytes: file.size },
    });
    return document;
  });
};

type Removal = { actor: Actor; consultationId: string; documentId: string };

/** Removes a document; its file goes too unless another consultation attached the same file. */
export const removeDocument = async ({ actor, consultationId, documentId }: Removal) => {
  const removed = await db.$transaction(async (tx) => {
    const document = await tx.consultationDocument.findFirst({ where: { id: documentId, consultationId } });
    if (!document) throw new DomainError("That document has already been removed.");
    await tx.consultationDocument.delete({ where: { id: documentId } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.document_removed",
      entityType: "Consultation",
      entityId: consultationId,
      details: { documentId, title: document.title },
    });
    return {
      sha256: document.sha256,
      stillUsed: await tx.consultationDocument.count({ where: { sha256: document.sha256 } }),
    };
  });
  if (!removed.stillUsed) await deleteStoredFile(removed.sha256);
};
