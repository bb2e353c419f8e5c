import { db } from "@/lib/db";
import { audienceRecipients, planDeliveries } from "./audience";
import { cardsOf } from "./card-data";
import { chosenKinds, frozenCards } from "./cards";
import { ZAudience, ZSections } from "./schemas";

/** Newsletters for officers, newest first, with how many have gone each way. */
export const listCommunications = () =>
  db.$queryRaw<
    { id: string; title: string; status: string; sentAt: Date | null; createdAt: Date; deliveries: number }[]
  >`
    SELECT c."id", c."title", c."status"::text AS "status", c."sentAt", c."createdAt",
      (SELECT count(*)::int FROM "Delivery" d WHERE d."communicationId" = c."id") AS "deliveries"
    FROM "Communication" c ORDER BY COALESCE(c."sentAt", c."createdAt") DESC LIMIT 100`;

export const getCommunication = async (id: string) => {
  const row = await db.communication.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      summary: true,
      sections: true,
      textMessage: true,
      audience: true,
      status: true,
      sentAt: true,
      usefulYes: true,
      usefulNo: true,
      cards: true,
    },
  });
  if (!row) return null;
  return {
    ...row,
    sections: ZSections.parse(row.sections),
    audience: ZAudience.parse(row.audience),
    cardKinds: chosenKinds(row.cards),
    cards: await cardsOf(row),
  };
};

/** What sending now would do: counts by channel, and a first name on each channel for the previews. */
export const previewAudience = async (audience: Parameters<typeof audienceRecipients>[1]) => {
  const recipients = await audienceRecipients(db, audience);
  const plan = planDeliveries(recipients);
  const firstName = (channel: string) => {
    const first = plan.deliveries.find((d) => d.channel === channel);
    return recipients.find((r) => r.id === first?.customerId)?.firstName ?? "Alex";
  };
  return {
    counts: plan.counts,
    total: plan.deliveries.length,
    names: { EMAIL: firstName("EMAIL"), SMS: firstName("SMS"), LETTER: firstName("LETTER") },
  };
};

/** How a sent newsletter's deliveries stand, by channel and status, counted in SQL. */
export const deliverySummary = (communicationId: string) =>
  db.$queryRaw<{ channel: string; status: string; count: number }[]>`
    SELECT "channel"::text AS "channel", "status"::text AS "status", count(*)::int AS "count" FROM "Delivery"
    WHERE "communicationId" = ${communicationId} GROUP BY 1, 2 ORDER BY 1, 2`;

export const failedDeliveries = (communicationId: string) =>
  db.delivery.findMany({
    where: { communicationId, status: "FAILED" },
    select: { id: true, channel: true, reason: true, customer: { select: { firstName: true, lastName: true } } },
    orderBy: { failedAt: "desc" },
    take: 50,
  });

/** Sent newsletters for the public archive, newest first. */
export const listPublishedNews = (take = 50) =>
  db.communication.findMany({
    where: { status: "SENT" },
    select: { id: true, title: true, summary: true, sentAt: true },
    orderBy: { sentAt: "desc" },
    take,
  });

/** One sent newsletter for the public archive; drafts are never shown. */
export const getPublishedNews = async (id: string) => {
  const row = await db.communication.findFirst({
    where: { id, status: "SENT" },
    select: { id: true, title: true, summary: true, sections: true, sentAt: true, cards: true },
  });
  return (
    row && {
      ...row,
      sections: ZSections.parse(row.sections),
      cards: frozenCards(row.cards),
      sentAt: row.sentAt as Date,
    }
  );
};
