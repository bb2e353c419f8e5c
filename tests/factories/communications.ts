import { db } from "@/lib/db";
import type { z } from "zod";
import type { ZAudience } from "@/lib/communications/schemas";
import type { ContactChannel } from "@/lib/generated/prisma/enums";
import { createCustomer } from "./people";

/** As stored: support needs and equality answers may be absent, as in drafts saved before reach (issue 28). */
type StoredAudience = z.input<typeof ZAudience>;

export const EVERYONE: StoredAudience = { everyone: true, areaIds: [], kinds: [], groupIds: [] };

export const createDraft = (overrides: { audience?: StoredAudience; textMessage?: string; title?: string } = {}) =>
  db.communication.create({
    data: {
      title: overrides.title ?? "Spring newsletter",
      summary: "What is happening this spring.",
      sections: [{ heading: "Gardens", text: "The gardening club meets on Tuesdays." }],
      textMessage: overrides.textMessage ?? "Our spring newsletter is out.",
      audience: overrides.audience ?? EVERYONE,
      status: "DRAFT",
    },
  });

/** A customer with a home, contact details and the given consents. */
export const createContactable = async (
  consents: ContactChannel[],
  details: { preferred?: ContactChannel; email?: string | null; phone?: string | null; areaId?: string } = {},
) => {
  const customer = await createCustomer({ areaId: details.areaId });
  await db.customer.update({
    where: { id: customer.id },
    data: {
      email: details.email === undefined ? `${customer.reference}@example.test` : details.email,
      phone: details.phone === undefined ? "07700900123" : details.phone,
      preferredChannel: details.preferred ?? null,
      consents: { create: consents.map((channel) => ({ channel, consentedAt: new Date() })) },
    },
  });
  return customer;
};
