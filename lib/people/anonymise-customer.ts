import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/**
 * Actions a deletion request: the customer's name and contact details, consents, support needs, event needs,
 * survey reference and portal account go; the record stays as an anonymous row, so counts of members, responses and equality totals
 * already reported still add up.
 */
export const anonymiseCustomer = async (options: { actor: Actor; requestId: string; now?: Date }) => {
  const { actor, requestId, now = new Date() } = options;
  await db.$transaction(async (tx) => {
    const request = await tx.deletionRequest.findUnique({ where: { id: requestId }, select: { customerId: true } });
    if (!request) throw notFoundError("deletion request");
    const claimed = await tx.deletionRequest.updateMany({
      where: { id: requestId, actionedAt: null },
      data: { actionedAt: now, actionedById: actor.id },
    });
    if (claimed.count !== 1) throw new DomainError("That deletion request has already been actioned.");
    const { customerId } = request;
    await tx.customer.update({
      where: { id: customerId },
      data: {
        reference: `ANON-${customerId}`,
        firstName: "Anonymised",
        lastName: "customer",
        email: null,
        phone: null,
        preferredChannel: null,
        anonymisedAt: now,
      },
    });
    await tx.contactConsent.deleteMany({ where: { customerId } });
    await tx.supportNeed.deleteMany({ where: { customerId } });
    await tx.invitation.deleteMany({ where: { customerId } });
    // Other people's details given by the customer, and what they asked for, go with theirs.
    await tx.householdMember.deleteMany({ where: { customerId } });
    await tx.householdChildren.deleteMany({ where: { customerId } });
    await tx.trainingRequest.deleteMany({ where: { customerId } });
    await tx.user.deleteMany({ where: { customerId } });
    // Answers and attendance stay for the totals; what could identify the person or their health goes.
    await tx.eventRegistration.updateMany({
      where: { customerId },
      data: { needsTransport: false, needsHearingLoop: false, interpreterLanguage: null, dietaryNeeds: null },
    });
    await tx.$executeRaw`UPDATE "PerceptionResponse" SET "respondentRef" = 'ANON-' || "id" WHERE "customerId" = ${customerId}`;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "customer.anonymised",
      entityType: "Customer",
      entityId: customerId,
      details: { deletionRequestId: requestId },
    });
  });
};

export const listOpenDeletionRequests = () =>
  db.deletionRequest.findMany({
    where: { actionedAt: null },
    orderBy: { requestedAt: "asc" },
    select: {
      id: true,
      requestedAt: true,
      customer: { select: { id: true, reference: true, firstName: true, lastName: true } },
    },
  });
