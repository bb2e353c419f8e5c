import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { documentProblem, safeFileName } from "@/lib/consultations/document-rules";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { readStoredFile, storeFile } from "@/lib/files/file-store";
import { findGroupAccess, meetingOfGroup, runnerAccessOrNotFound, type GroupActor } from "./space-access";

type Upload = { actor: GroupActor; groupId: string; meetingId?: string; title: string; file: File };

/**
 * Files a PDF for the group: a meeting's paper, or a standing document when no meeting is chosen. Members only
 * until the group publishes it. The file is stored first, so a row always has its file.
 */
export const uploadPaper = async ({ actor, groupId, meetingId, title, file }: Upload) => {
  await runnerAccessOrNotFound(actor, groupId);
  if (meetingId) await meetingOfGroup(db, groupId, meetingId);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = documentProblem({ name: file.name, size: bytes.length, firstBytes: bytes });
  if (problem) throw new DomainError("The paper was not filed.", { file: problem });
  const sha256 = await storeFile(bytes);
  return db.$transaction(async (tx) => {
    const paper = await tx.groupPaper.create({
      data: {
        groupId,
        meetingId: meetingId ?? null,
        title,
        fileName: safeFileName(file.name),
        sha256,
        sizeBytes: bytes.length,
        uploadedById: actor.id,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.paper.filed",
      entityType: "GroupPaper",
      entityId: paper.id,
      details: { groupId, meetingId: meetingId ?? null, title, sizeBytes: bytes.length },
    });
    return paper;
  });
};

type Ref = { actor: GroupActor; groupId: string; paperId: string; now?: Date };

/** Makes a paper public: from then on anyone with its link may open it. */
export const publishPaper = async ({ actor, groupId, paperId, now = new Date() }: Ref) =>
  db.$transaction(async (tx) => {
    await runnerAccessOrNotFound(actor, groupId, now, tx);
    const paper = await tx.groupPaper.findFirst({ where: { id: paperId, groupId }, select: { publishedAt: true } });
    if (!paper) throw notFoundError("paper");
    if (paper.publishedAt) throw new DomainError("That paper is already published.");
    await tx.groupPaper.update({ where: { id: paperId }, data: { publishedAt: now } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.paper.published",
      entityType: "GroupPaper",
      entityId: paperId,
      details: { groupId },
    });
  });

/**
 * A paper's file for this reader, or null as if it did not exist: a published paper for anyone, an unpublished one
 * only for the group's members and officers.
 */
export const openPaper = async (reader: GroupActor | null, groupId: string, paperId: string) => {
  const paper = await db.groupPaper.findFirst({
    where: { id: paperId, groupId },
    select: { fileName: true, sha256: true, publishedAt: true },
  });
  if (!paper) return null;
  if (!paper.publishedAt && !(reader && (await findGroupAccess(reader, groupId)))) return null;
  const bytes = await readStoredFile(paper.sha256).catch(() => null);
  return bytes && { fileName: paper.fileName, bytes };
};

export const paperHref = (paper: { id: string; groupId: string }) => `/groups/${paper.groupId}/papers/${paper.id}/file`;
