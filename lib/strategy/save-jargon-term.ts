import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; termId?: string; term: string; definition: string };

/** Adds a term, or changes one when `termId` is given. */
export const saveJargonTerm = async ({ actor, termId, term, definition }: Options) => {
  try {
    await db.$transaction(async (tx) => {
      const saved = termId
        ? await tx.jargonTerm.updateMany({ where: { id: termId }, data: { term, definition } })
        : await tx.jargonTerm.create({ data: { term, definition }, select: { id: true } });
      if ("count" in saved && saved.count === 0) throw notFoundError("term");
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: termId ? "jargon.updated" : "jargon.added",
        entityType: "JargonTerm",
        entityId: "id" in saved ? saved.id : (termId as string),
        details: { term },
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError("That term is already in the jargon buster.", {
      term: "This term is already in the jargon buster",
    });
  }
};
