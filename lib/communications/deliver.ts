import { z } from "zod";
import { db } from "@/lib/db";
import { getLandlordContact } from "@/lib/landlord/queries";
import { frozenCards } from "./cards";
import type { SendChannel } from "./choose-channel";
import { waitForTurn } from "./rate-limit";
import { renderForChannel } from "./render-message";
import { ZSections } from "./schemas";
import { transportFor } from "./transports";
import { ProviderError } from "./transports/types";

/** One queue per channel, so each provider's pace and backlog are its own. */
export const DELIVERY_QUEUES: Record<SendChannel, string> = {
  EMAIL: "deliver-email",
  SMS: "deliver-text",
  LETTER: "deliver-letter",
};

export const ZDeliveryJob = z.object({ deliveryId: z.string().min(1) });

const load = (deliveryId: string) =>
  db.delivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      status: true,
      channel: true,
      address: true,
      customerId: true,
      customer: { select: { firstName: true } },
      communication: {
        select: { id: true, title: true, summary: true, sections: true, textMessage: true, cards: true },
      },
    },
  });

/**
 * Sends one person's copy unless it has gone already (a job repeated after a crash or a retry sends nothing twice;
 * the outbox keeps one row per delivery even if the crash came between writing it and recording it).
 * A provider's refusal fails the delivery at once; "not now" is thrown so the queue tries again with backoff, and
 * on the last try the delivery is recorded as failed with the provider's reason.
 */
export const deliver = async (data: unknown, { lastTry }: { lastTry: boolean }) => {
  const { deliveryId } = ZDeliveryJob.parse(data);
  const delivery = await load(deliveryId);
  if (!delivery || delivery.status !== "QUEUED") return;
  const transport = transportFor(delivery.channel);
  const content = {
    ...delivery.communication,
    sections: ZSections.parse(delivery.communication.sections),
    cards: frozenCards(delivery.communication.cards),
  };
  const reader = { customerId: delivery.customerId, firstName: delivery.customer.firstName };
  const message = renderForChannel(delivery.channel, content, reader, await getLandlordContact());
  await waitForTurn(transport.name, transport.perSecond);
  try {
    const { providerId } = await transport.send({
      deliveryId,
      channel: delivery.channel,
      to: delivery.address,
      ...message,
    });
    await db.delivery.updateMany({
      where: { id: deliveryId, status: "QUEUED" },
      data: { status: "SENT", sentAt: new Date(), providerId, reason: null, attempts: { increment: 1 } },
    });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    const final = lastTry || error.kind === "refused";
    await db.delivery.updateMany({
      where: { id: deliveryId, status: "QUEUED" },
      data: {
        reason: error.message,
        attempts: { increment: 1 },
        ...(final && { status: "FAILED", failedAt: new Date() }),
      },
    });
    if (!final) throw error;
  }
};
