import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, hashToken, newResetToken } from "@/lib/auth/passwords";
import { normaliseEmail } from "@/lib/auth/rules";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import { isoDay } from "@/lib/uk-time";
import { moderatorAccessOrNotFound, type GroupActor } from "./space-access";
import { lockGroup, startMembership } from "./start-membership";

type Options = {
  actor: GroupActor;
  groupId: string;
  name: string;
  email: string;
  kind: "COUNCILLOR" | "STAFF" | "INDEPENDENT";
  role: MembershipRole;
  startedOn: Date;
  now?: Date;
};

/** A new group member's first link lasts a week: they may not read their email the day they are added. */
const WELCOME_LINK_DAYS = 7;

const STAFF_NEEDS_ACCOUNT = new DomainError("Staff are added with their own staff account.", {
  email: "Enter the email address of their staff account",
});
const CUSTOMER_ACCOUNT = new DomainError("That address belongs to a tenant's account.", {
  email: "Add tenants by their customer reference instead",
});

/**
 * Adds someone who is not a customer to a group (officers only). Staff are linked by their own account; a
 * councillor or independent member is linked to their account if they have one, else given a "Group member" account
 * (role MEMBER, only their groups) and emailed a link to choose a password.
 */
export const addOtherMember = async ({
  actor,
  groupId,
  name,
  email,
  kind,
  role,
  startedOn,
  now = new Date(),
}: Options) => {
  const address = normaliseEmail(email);
  const token = newResetToken();
  // Hashed outside the transaction (slow on purpose), and only for a new account; the value is never told to anyone,
  // so nobody can sign in with it.
  const known = await db.user.count({ where: { email: address } });
  const unusablePassword = known ? "" : await hashPassword(newResetToken());
  const created = await db.$transaction(async (tx) => {
    await moderatorAccessOrNotFound(actor, groupId, now, tx);
    await lockGroup(tx, groupId);
    const existing = await tx.user.findUnique({ where: { email: address }, select: { id: true, role: true } });
    if (existing?.role === "TENANT") throw CUSTOMER_ACCOUNT;
    if (kind === "STAFF" && (!existing || existing.role === "MEMBER")) throw STAFF_NEEDS_ACCOUNT;
    if (!existing && !unusablePassword) throw new DomainError("That account changed as it was added. Try again.");
    const user =
      existing ??
      (await tx.user.create({
        data: { email: address, name, role: "MEMBER", passwordHash: unusablePassword },
        select: { id: true, role: true },
      }));
    const membership = await startMembership(tx, { groupId, userId: user.id, kind, role, startedOn, now });
    if (!existing) {
      await tx.passwordResetToken.create({
        data: {
          userId: user.id,
          tokenHash: hashToken(token),
          expiresAt: new Date(now.getTime() + WELCOME_LINK_DAYS * 86_400_000),
        },
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.membership.added",
      entityType: "GroupMembership",
      entityId: membership.id,
      details: { groupId, userId: user.id, kind, role, startedOn: isoDay(startedOn), accountCreated: !existing },
    });
    return { membership, accountCreated: !existing };
  });
  if (created.accountCreated) {
    const group = await db.group.findUniqueOrThrow({ where: { id: groupId }, select: { name: true } });
    await sendTemplatedEmail(address, {
      subject: `You are a member of ${group.name}`,
      greeting: `Hello ${name},`,
      blocks: [
        {
          kind: "paragraph",
          text: `You have been added to ${group.name}. Its meetings, papers and minutes are online.`,
        },
        { kind: "link", label: "Choose your password", href: `${env.APP_URL}/reset-password/${token}` },
        {
          kind: "paragraph",
          text: `The link works once, for ${WELCOME_LINK_DAYS} days. Then sign in with this address.`,
        },
      ],
    });
  }
  return created;
};
