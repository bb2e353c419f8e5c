import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { consentChanges } from "./rules";
import type { CustomerPreferences } from "./schemas";

type Options = {
  customerId: string;
  preferences: CustomerPreferences;
  /** Set when staff act for the customer; the change is then audited with the reason given. */
  assistedBy?: { actorId: string; reason: string };
  now?: Date;
};

/** Saves how a customer agrees to be contacted and the support they need to take part, in one transaction. */
export const updateCustomerPreferences = async ({ customerId, preferences, assistedBy, now = new Date() }: Options) => {
  const { channels, preferredChannel, needs, language, interpreterNeeded } = preferences;
  await db.$transaction(async (tx) => {
    const customer = await tx.customer.findFirst({
      where: { id: customerId, anonymisedAt: null },
      select: { consents: { select: { channel: true } } },
    });
    if (!customer) throw notFoundError("customer");
    const { add, remove } = consentChanges(
      customer.consents.map((c) => c.channel),
      channels,
    );
    await tx.contactConsent.deleteMany({ where: { customerId, channel: { in: remove } } });
    await tx.contactConsent.createMany({ data: add.map((channel) => ({ customerId, channel, consentedAt: now })) });
    await tx.customer.update({ where: { id: customerId }, data: { preferredChannel: preferredChannel ?? null } });
    await tx.supportNeed.deleteMany({ where: { customerId } });
    await tx.supportNeed.createMany({
      data: needs.map((kind) =>
        kind === "OTHER_LANGUAGE" ? { customerId, kind, language, interpreterNeeded } : { customerId, kind },
      ),
    });
    if (assistedBy) {
      await recordAuditEvent(tx, {
        actorId: assistedBy.actorId,
        action: "customer.preferences.updated_for_customer",
        entityType: "Customer",
        entityId: customerId,
        details: {
          reason: assistedBy.reason,
          consentsAdded: add,
          consentsWithdrawn: remove,
          preferredChannel: preferredChannel ?? null,
          needs,
        },
      });
    }
  });
};
