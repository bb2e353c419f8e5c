import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { storeFile } from "@/lib/files/file-store";
import type { ScrutinyEvidenceKind } from "@/lib/generated/prisma/enums";
import { groupWorkAccess, type GroupWorker } from "@/lib/groups/work-access";
import { checkEvidenceFile, evidenceFileName } from "./evidence-file-rules";
import { isDraft } from "./rules";
import { auditScrutiny, lockReviewForWork, REVIEW_NOT_FOUND } from "./shared";

type Options = {
  actor: GroupWorker;
  reviewId: string;
  kind: ScrutinyEvidenceKind;
  gatheredOn: Date;
  note: string;
  /** A PDF, photo or scan backing the note; optional. */
  file?: File;
  now?: Date;
};

const checkWorker = async (actor: GroupWorker, reviewId: string, now: Date) => {
  const review = await db.scrutinyReview.findUnique({ where: { id: reviewId }, select: { panelId: true } });
  if (!review) throw REVIEW_NOT_FOUND;
  await groupWorkAccess(actor, review.panelId, now).catch(() => {
    throw REVIEW_NOT_FOUND;
  });
};

/** Checks the file by its bytes and stores it before the row that points to it, so a row always has its file. */
const storeEvidenceFile = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = checkEvidenceFile(bytes);
  if ("problem" in checked) throw new DomainError("The evidence was not added.", { file: checked.problem });
  return {
    fileName: evidenceFileName(file.name, checked.type),
    fileSha256: await storeFile(bytes),
    fileType: checked.type,
    fileSize: bytes.length,
  };
};

/**
 * Logs a piece of evidence (a note, a document read, an interview, a site visit, a mystery shop) while the report
 * is a draft: by a member of the panel running the review, or an officer supporting it.
 */
export const addEvidence = async ({ actor, reviewId, file, now = new Date(), ...evidence }: Options) => {
  // An empty file input (no file chosen) arrives as a nameless, empty File: that is no file. Someone who may not
  // work on the review is refused before anything of theirs is stored.
  const stored =
    file && file.size > 0 ? await checkWorker(actor, reviewId, now).then(() => storeEvidenceFile(file)) : null;
  return db.$transaction(async (tx) => {
    const { review, access } = await lockReviewForWork(tx, actor, reviewId, now);
    if (!isDraft(review.status)) throw new DomainError("Evidence cannot be added to a published report.");
    if (evidence.gatheredOn > now)
      throw new DomainError("The date cannot be in the future.", { gatheredOn: "Enter a date on or before today" });
    const created = await tx.scrutinyEvidence.create({
      data: { reviewId, ...evidence, ...stored, addedById: actor.id },
      select: { id: true },
    });
    await auditScrutiny(tx, actor, "evidence.added", "ScrutinyEvidence", created.id, {
      reviewId,
      kind: evidence.kind,
      gatheredOn: evidence.gatheredOn.toISOString().slice(0, 10),
      as: access.as,
      ...(stored && { file: { type: stored.fileType, size: stored.fileSize } }),
    });
    return created;
  });
};
