import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { hashToken, newResetToken } from "@/lib/auth/passwords";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError, notFoundError } from "@/lib/errors";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import { INVITATION_DAYS } from "@/lib/people/rules";
import { householdMemberReference, ownAccountProblem } from "./household-account-rules";

/**
 * The tenant (or an officer, for the tenant's household) invites someone 16 to 24 who lives with them to an account
 * of their own, at the email address given for them: giving it is the tenant's agreement that we email them. The
 * link is the customer invitation's, spent by acceptInvitation, which then makes their own customer record.
 */
export const inviteHouseholdMember = async ({
  actor,
  customerId,
  memberId,
  email,
  now = new Date(),
}: {
  actor: Actor;
  customerId: string;
  memberId: string;
  email: string;
  now?: Date;
}) => {
  const token = newResetToken();
  const member = await db.$transaction(async (tx) => {
    const found = await tx.householdMember.findFirst({
      where: { id: memberId, customerId },
      select: {
        id: true,
        firstName: true,
        ageBand: true,
        ownCustomerId: true,
        customer: { select: { firstName: true } },
      },
    });
    if (!found) throw notFoundError("household member");
    const problem = ownAccountProblem(found);
    if (problem) throw new DomainError(problem);
    await tx.householdMember.update({ where: { id: memberId }, data: { email, contactConsentAt: now } });
    await tx.invitation.create({
      data: {
        customerId,
        householdMemberId: memberId,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        createdById: actor.id,
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "household-member.invited",
      entityType: "HouseholdMember",
      entityId: memberId,
    });
    return found;
  });
  await sendTemplatedEmail(email, {
    subject: "Your own account with Involve",
    greeting: `Hello ${member.firstName},`,
    blocks: [
      {
        kind: "paragraph",
        text: `You are invited to your own account, as someone who lives with ${member.customer.firstName}. With it you can answer consultations, book events and tell us what matters to you, in your own name.`,
      },
      { kind: "paragraph", text: "To create your account, open this link and choose a password:" },
      { kind: "link", label: "Create your account", href: `${env.APP_URL}/register/invitation/${token}` },
      { kind: "paragraph", text: `The link works once and stops working after ${INVITATION_DAYS} days.` },
    ],
  });
};

/** Who a household invitation is for, so its page can greet them and ask their last name; null for any other. */
export const householdInvitationFor = async (token: string, now = new Date()) => {
  const invitation = await db.invitation.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, householdMemberId: { not: null } },
    select: { householdMember: { select: { firstName: true } } },
  });
  return invitation?.householdMember ?? null;
};

/**
 * Inside acceptInvitation's transaction, once the link is spent: their own customer record, with only what taking
 * part needs (first name from the household record, the last name they give, the email the invitation went to, and
 * the home, so activities in their area reach them), linked from the household record.
 */
export const createHouseholdMemberCustomer = async (tx: Tx, memberId: string, lastName: string | undefined) => {
  const member = await tx.householdMember.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      id: true,
      firstName: true,
      ageBand: true,
      ownCustomerId: true,
      email: true,
      customer: { select: { homeId: true } },
    },
  });
  const problem = ownAccountProblem(member);
  if (problem) throw new DomainError(problem);
  if (!lastName) throw new DomainError("Enter your last name.", { lastName: "Enter your last name" });
  if (!member.email) throw new DomainError("This invitation has no email address. Ask for a new one.");
  const customer = await tx.customer.create({
    data: {
      reference: householdMemberReference(member.id),
      kind: "HOUSEHOLD_MEMBER",
      firstName: member.firstName,
      lastName,
      email: member.email,
      homeId: member.customer.homeId,
    },
    select: { id: true, firstName: true, lastName: true, email: true },
  });
  await tx.householdMember.update({ where: { id: member.id }, data: { ownCustomerId: customer.id } });
  return { ...customer, email: member.email };
};
