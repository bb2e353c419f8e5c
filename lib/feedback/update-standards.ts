import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Standards } from "./rules";

type Options = { actor: Actor; standards: Standards };

/** The landlord's targets for compliments, comments and suggestions. New feedback uses them; items already running keep their dates. */
export const updateStandards = ({ actor, standards }: Options) =>
  db.$transaction(async (tx) => {
    await tx.feedbackStandard.upsert({ where: { id: 1 }, create: { id: 1, ...standards }, update: standards });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "feedback.standards_updated",
      entityType: "FeedbackStandard",
      entityId: "1",
      details: standards,
    });
  });
