import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { membershipEndProblem } from "./rules";
import type { Actor } from "@/lib/auth/actor";
import { isoDay } from "@/lib/uk-time";

type Options = { actor: Actor; membershipId: string; endedOn: Date };

/** Ends a membership; the history stays, so the customer's involvement record still shows it. */
export const endMembership = async ({ actor, membershipId, endedOn }: Options) =>
  db.$transaction(async (tx) => {
    const membership = await tx.groupMembership.findUnique({
      where: { id: membershipId },
      select: { startedOn: true, groupId: true },
    });
    if (!membership) throw notFoundError("membership");
    const problem = membershipEndProblem(membership.startedOn, endedOn);
    if (problem) throw new DomainError(problem, { endedOn: problem });
    const { count } = await tx.groupMembership.updateMany({
      where: { id: membershipId, endedOn: null },
      data: { endedOn },
    });
    if (count === 0) throw new DomainError("That membership has already ended.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.membership.ended",
      entityType: "GroupMembership",
      entityId: membershipId,
      details: { groupId: membership.groupId, endedOn: isoDay(endedOn) },
    });
    return membership;
  });
