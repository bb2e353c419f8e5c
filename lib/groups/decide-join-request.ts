import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { sendEmail } from "@/lib/mail/send-email";
import { formatDate } from "@/lib/format";
import { ukToday } from "@/lib/uk-time";
import type { JoinDecision } from "./schemas";
import { lockGroup, startMembership } from "./start-membership";

type Options = { actor: Actor; decision: JoinDecision; now?: Date };

const NOT_FOUND = notFoundError("request");

const decisionEmail = (groupName: string, accepted: boolean, startedOn: Date, reason?: string) =>
  accepted
    ? {
        subject: `You have joined ${groupName}`,
        text: `Thank you for asking to join ${groupName}. You are a member from ${formatDate(startedOn)}. We will be in touch about the next meeting.`,
      }
    : {
        subject: `Your request to join ${groupName}`,
        text: `Thank you for asking to join ${groupName}. We are not able to accept your request this time.\n\nWhy: ${reason}\n\nYou can see other ways to get involved in the portal.`,
      };

/**
 * An officer accepts (the membership starts today, in the same transaction as the decision) or declines with a
 * reason. The request is decided once: the conditional update on PENDING makes a second decision fail.
 */
export const decideJoinRequest = async ({ actor, decision, now = new Date() }: Options) => {
  const accepted = decision.decision === "ACCEPT";
  const startedOn = ukToday(now);
  const result = await db.$transaction(async (tx) => {
    const request = await tx.joinRequest.findUnique({
      where: { id: decision.requestId },
      select: {
        groupId: true,
        customerId: true,
        group: { select: { name: true } },
        customer: { select: { status: true, anonymisedAt: true } },
      },
    });
    if (!request) throw NOT_FOUND;
    // Someone who has since left, or whose details were erased, cannot become a member; the request can be declined.
    if (accepted && (request.customer.status !== "ACTIVE" || request.customer.anonymisedAt)) {
      throw new DomainError(
        "This person is no longer an active customer, so they cannot join. Decline the request instead.",
      );
    }
    await lockGroup(tx, request.groupId);
    const membership = accepted
      ? await startMembership(tx, {
          groupId: request.groupId,
          customerId: request.customerId,
          role: "MEMBER",
          startedOn,
          now,
        })
      : null;
    const { count } = await tx.joinRequest.updateMany({
      where: { id: decision.requestId, status: "PENDING" },
      data: {
        status: accepted ? "ACCEPTED" : "DECLINED",
        pending: null,
        decidedAt: now,
        decidedById: actor.id,
        declineReason: accepted ? null : decision.declineReason,
        membershipId: membership?.id ?? null,
      },
    });
    if (count === 0) throw new DomainError("This request has already been decided.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: accepted ? "group.join_request.accepted" : "group.join_request.declined",
      entityType: "JoinRequest",
      entityId: decision.requestId,
      details: { groupId: request.groupId, customerId: request.customerId, membershipId: membership?.id ?? null },
    });
    const customer = await tx.customer.findFirst({
      where: {
        id: request.customerId,
        anonymisedAt: null,
        email: { not: null },
        consents: { some: { channel: "EMAIL" } },
      },
      select: { email: true },
    });
    return { groupId: request.groupId, groupName: request.group.name, email: customer?.email ?? null };
  });
  // Email only after the decision is committed, and only to a tenant who agreed to email.
  if (result.email)
    await sendEmail({
      to: result.email,
      ...decisionEmail(result.groupName, accepted, startedOn, decision.declineReason),
    });
  return { groupId: result.groupId, accepted };
};
