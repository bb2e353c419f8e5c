import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { getBoss } from "@/lib/jobs/boss";
import { inTransaction } from "@/lib/jobs/in-transaction";
import { ensureQueues } from "@/lib/jobs/queues";
import { audienceRecipients, planDeliveries } from "./audience";
import { fillCards } from "./card-data";
import { chosenKinds } from "./cards";
import { DELIVERY_QUEUES } from "./deliver";
import { newsLink } from "./render-message";
import { tooLongForText, ZAudience } from "./schemas";

/**
 * An officer's confirmed "Send": one delivery per reachable person and one queued job per delivery, written in one
 * transaction with the communication marked sent, so a failure leaves nothing half-sent. `expectedTotal` is the
 * number the confirmation page showed: if the audience changed since, the officer is asked to look again.
 */
export const sendCommunication = async ({
  actor,
  communicationId,
  expectedTotal,
  now = new Date(),
}: {
  actor: Actor;
  communicationId: string;
  expectedTotal: number;
  now?: Date;
}) => {
  const boss = await getBoss();
  await ensureQueues();
  // Filled before the transaction: the embedded database runs one statement at a time, and the portal's queries
  // use their own connection. The draft's choice is read again under the lock below, so a choice changed in
  // between is refused rather than sent with the wrong cards.
  const chosen = await db.communication.findUnique({ where: { id: communicationId }, select: { cards: true } });
  const kinds = chosenKinds(chosen?.cards ?? []);
  const cards = await fillCards(kinds, now);
  return db.$transaction(
    async (tx) => {
      const [communication] = await tx.$queryRaw<
        { id: string; status: string; audience: unknown; textMessage: string; cards: unknown }[]
      >`
        SELECT "id", "status"::text AS "status", "audience", "textMessage", "cards" FROM "Communication"
        WHERE "id" = ${communicationId} FOR UPDATE`;
      if (!communication) throw notFoundError("newsletter");
      if (communication.status !== "DRAFT") throw new DomainError("This newsletter has already been sent.");
      if (tooLongForText(communication.textMessage, newsLink(communicationId))) {
        throw new DomainError("The text message is longer than two texts. Shorten it before sending.");
      }
      if (chosenKinds(communication.cards).join() !== kinds.join()) {
        throw new DomainError("The cards were changed while sending. Check the preview again before sending.");
      }
      const audience = ZAudience.parse(communication.audience);
      const { deliveries, counts } = planDeliveries(await audienceRecipients(tx, audience));
      if (deliveries.length === 0)
        throw new DomainError("Nobody in this audience can be reached. Choose a wider audience.");
      if (deliveries.length !== expectedTotal) {
        throw new DomainError(
          `The audience has changed since you checked it: ${deliveries.length} people would now get this. Check the numbers again before sending.`,
        );
      }
      const created = await tx.delivery.createManyAndReturn({
        data: deliveries.map((delivery) => ({ ...delivery, communicationId, queuedAt: now })),
        select: { id: true, channel: true },
      });
      await boss.insert(
        created.map((delivery) => ({ name: DELIVERY_QUEUES[delivery.channel], data: { deliveryId: delivery.id } })),
        { db: inTransaction(tx) },
      );
      await tx.communication.update({ where: { id: communicationId }, data: { status: "SENT", sentAt: now, cards } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "communication.sent",
        entityType: "Communication",
        entityId: communicationId,
        details: counts,
      });
      return counts;
    },
    { timeout: 120_000 },
  );
};
