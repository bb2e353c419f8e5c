import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";
import { isYearClosed } from "./open-spend-line";
import { financialYearOfDay, paymentProblem } from "./rules";

type Payment = { grantId: string; paidOn: Date; amount: number };

/**
 * Pays (part of) an approved grant: a spend line in the grants category, so the budget shows it. The grant row
 * is locked first so two payments cannot both fit in what is left; the database trigger is the backstop.
 */
export const payGrant = ({ actor, input }: { actor: Actor; input: Payment }) =>
  db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Grant" WHERE id = ${input.grantId} FOR UPDATE`;
    const grant = await tx.grant.findUnique({
      where: { id: input.grantId },
      select: { status: true, amountApprovedPence: true, purpose: true, group: { select: { name: true } } },
    });
    if (!grant) throw notFoundError("grant");
    const paid = await tx.spendLine.aggregate({ where: { grantId: input.grantId }, _sum: { amountPence: true } });
    const problem = paymentProblem({ ...grant, paidPence: paid._sum.amountPence ?? 0 }, input.amount);
    if (problem) throw new DomainError(problem, { amount: problem });
    if (await isYearClosed(tx, financialYearOfDay(input.paidOn)))
      throw new DomainError("The annual report for that year is published, so its spending can no longer change.", {
        paidOn: "The annual report for this date's year is published",
      });
    const line = await tx.spendLine.create({
      data: {
        year: financialYearOfDay(input.paidOn),
        spentOn: input.paidOn,
        amountPence: input.amount,
        category: "GRANTS",
        status: "SPENT",
        supplier: grant.group.name,
        description: `Grant: ${grant.purpose}`.slice(0, 500),
        grantId: input.grantId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "grant.paid",
      entityType: "Grant",
      entityId: input.grantId,
      details: { on: isoDay(input.paidOn), pence: input.amount, spendLine: line.id },
    });
    return line;
  });
