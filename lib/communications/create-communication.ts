import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { CommunicationInput } from "./schemas";

/** Saves a newsletter as a draft, to preview and check its audience before anything is sent. */
export const createCommunication = ({ actor, input }: { actor: Actor; input: CommunicationInput }) =>
  db.$transaction(async (tx) => {
    const communication = await tx.communication.create({
      data: { ...input, createdById: actor.id, status: "DRAFT" },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "communication.drafted",
      entityType: "Communication",
      entityId: communication.id,
    });
    return communication;
  });
