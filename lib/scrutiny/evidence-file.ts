import { db } from "@/lib/db";
import { readStoredFile } from "@/lib/files/file-store";
import { findGroupAccess, type GroupActor } from "@/lib/groups/space-access";

/** The route of one piece of evidence's file, in the panel's own space. */
export const evidenceFileHref = (groupId: string, reviewId: string, evidenceId: string) =>
  `/groups/${groupId}/scrutiny/${reviewId}/evidence/${evidenceId}`;

/**
 * The file attached to a piece of evidence, for the panel's current members and officers only (the group space's
 * check); null for anyone else and for a wrong id alike. Evidence files never reach the board or the public: the
 * published report shows the notes, not what members attached.
 */
export const openEvidenceFile = async (
  reader: GroupActor | null,
  ids: { groupId: string; reviewId: string; evidenceId: string },
) => {
  if (!reader || !(await findGroupAccess(reader, ids.groupId))) return null;
  const evidence = await db.scrutinyEvidence.findFirst({
    where: { id: ids.evidenceId, reviewId: ids.reviewId, review: { panelId: ids.groupId } },
    select: { fileName: true, fileSha256: true, fileType: true },
  });
  if (!evidence?.fileSha256 || !evidence.fileType || !evidence.fileName) return null;
  const bytes = await readStoredFile(evidence.fileSha256).catch(() => null);
  return bytes && { fileName: evidence.fileName, type: evidence.fileType, bytes };
};
