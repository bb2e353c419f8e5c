import { learningRefusal } from "@/lib/annual-report/rules";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { checkOutcomeCodes } from "@/lib/outcomes/tags";
import { DomainError, notFoundError } from "@/lib/errors";

type Options = {
  actor: Actor;
  feedbackId: string;
  learned: string;
  changed: string;
  publish: boolean;
  /** The regulator's outcomes the published learning evidences, offered in the assurance map and self-assessment. */
  outcomeCodes?: readonly string[];
  now?: Date;
};

/**
 * What the landlord learned from a closed complaint and what it changed. Published, only those words and the service
 * area go to "You said, We did" and the annual report: the officer writes them so that no one can be identified.
 */
export const recordLearning = ({
  actor,
  feedbackId,
  learned,
  changed,
  publish,
  outcomeCodes = [],
  now = new Date(),
}: Options) =>
  db.$transaction(async (tx) => {
    const complaint = await tx.feedback.findUnique({
      where: { id: feedbackId },
      select: { kind: true, status: true, learningPublishedAt: true },
    });
    if (!complaint) throw notFoundError("feedback");
    const refusal = learningRefusal({ ...complaint, learned, changed });
    if (refusal) throw new DomainError(refusal);
    await checkOutcomeCodes(tx, outcomeCodes);
    await tx.feedback.update({
      where: { id: feedbackId },
      data: {
        learned,
        changed,
        learningPublishedAt: publish ? (complaint.learningPublishedAt ?? now) : null,
        learningOutcomeCodes: [...outcomeCodes],
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "feedback.learning_recorded",
      entityType: "Feedback",
      entityId: feedbackId,
      details: { learned, changed, published: publish, outcomeCodes: [...outcomeCodes] },
    });
  });
