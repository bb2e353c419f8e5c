import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, hashToken, newResetToken } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import { createHouseholdMemberCustomer } from "@/lib/reach/household-accounts";
import { createCustomerAccount } from "./register-tenant";
import { INVITATION_DAYS } from "./rules";
import type { Actor } from "@/lib/auth/actor";

const EXPIRED = "This invitation has expired or has already been used. Ask your involvement officer for a new one.";

/** An officer invites a customer to the portal by email; the link lets them choose a password. */
export const inviteCustomer = async (options: { actor: Actor; customerId: string; now?: Date }) => {
  const { actor, customerId, now = new Date() } = options;
  const token = newResetToken();
  const customer = await db.$transaction(async (tx) => {
    const found = await tx.customer.findFirst({
      where: { id: customerId, anonymisedAt: null, status: "ACTIVE" },
      select: { id: true, firstName: true, email: true, user: { select: { id: true } } },
    });
    if (!found) throw new DomainError("Only current customers can be invited.");
    if (found.user) throw new DomainError("This customer already has an account.");
    if (!found.email) throw new DomainError("Add an email address for this customer before inviting them.");
    await tx.invitation.create({
      data: {
        customerId,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        createdById: actor.id,
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "customer.invited",
      entityType: "Customer",
      entityId: customerId,
    });
    return found;
  });
  await sendTemplatedEmail(customer.email as string, {
    subject: "You are invited to Involve",
    greeting: `Hello ${customer.firstName},`,
    blocks: [
      {
        kind: "paragraph",
        text: "We would like to hear your views. Involve is where you can answer consultations and surveys, find events and see what changed because of what tenants told us.",
      },
      { kind: "paragraph", text: "To create your account, open this link and choose a password:" },
      { kind: "link", label: "Create your account", href: `${env.APP_URL}/register/invitation/${token}` },
      { kind: "paragraph", text: `The link works once and stops working after ${INVITATION_DAYS} days.` },
    ],
  });
};

/**
 * Creates the account from an invitation link, spending the link in the same transaction. An invitation for someone
 * in a customer's household first makes their own customer record (lib/reach/household-accounts.ts), so the account
 * is theirs, not the tenant's.
 */
export const acceptInvitation = async (options: { token: string; password: string; lastName?: string; now?: Date }) => {
  const { token, password, lastName, now = new Date() } = options;
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const spent = await tx.invitation.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      select: {
        householdMemberId: true,
        customer: { select: { id: true, firstName: true, lastName: true, email: true } },
      },
    });
    if (spent.count !== 1 || !invitation) throw new DomainError(EXPIRED);
    const customer = invitation.householdMemberId
      ? await createHouseholdMemberCustomer(tx, invitation.householdMemberId, lastName)
      : invitation.customer;
    if (!customer.email) throw new DomainError(EXPIRED);
    await createCustomerAccount({ customer, email: customer.email, passwordHash, tx });
  });
};
