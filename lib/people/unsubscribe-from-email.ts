import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe-token";

const BAD_LINK =
  "This unsubscribe link is not complete. Copy the whole link from the email, or change how we contact you in Involve.";

/** Who a link would unsubscribe, for the page that asks before doing it. */
export const findUnsubscriber = async (token: string) => {
  const customerId = verifyUnsubscribeToken(token);
  if (!customerId) throw new DomainError(BAD_LINK);
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { firstName: true, consents: { where: { channel: "EMAIL" }, select: { channel: true } } },
  });
  if (!customer) throw new DomainError(BAD_LINK);
  return { firstName: customer.firstName, subscribed: customer.consents.length > 0 };
};

/**
 * Withdraws the customer's consent to email, from a signed link in an email (no sign-in, by design: opting out
 * must be one step). Doing it twice is harmless; only a real change is audited, with no account as the actor.
 */
export const unsubscribeFromEmail = async ({ token }: { token: string }) => {
  const customerId = verifyUnsubscribeToken(token);
  if (!customerId) throw new DomainError(BAD_LINK);
  return db.$transaction(async (tx) => {
    const { count } = await tx.contactConsent.deleteMany({ where: { customerId, channel: "EMAIL" } });
    if (count > 0) {
      await recordAuditEvent(tx, {
        actorId: null,
        action: "customer.consent.withdrawn_by_email_link",
        entityType: "Customer",
        entityId: customerId,
        details: { consentsWithdrawn: ["EMAIL"] },
      });
    }
    return { changed: count > 0 };
  });
};
