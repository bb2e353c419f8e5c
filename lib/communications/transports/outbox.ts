import { db } from "@/lib/db";
import type { Transport } from "./types";

/**
 * With no provider set up, every message (email, text, letter) is kept in the outbox for an administrator to read.
 * One row per delivery at most: a send repeated after a crash finds its row and adds nothing.
 */
export const outboxTransport: Transport = {
  name: "outbox",
  perSecond: Number.POSITIVE_INFINITY,
  send: async (message) => {
    await db.$executeRaw`
      INSERT INTO "EmailMessage" ("id", "to", "subject", "text", "html", "unsubscribeUrl", "channel", "deliveryId")
      VALUES (${message.deliveryId}, ${message.to}, ${message.subject}, ${message.text}, ${message.html ?? null},
        ${message.unsubscribeUrl ?? null}, ${message.channel}::"MessageChannel", ${message.deliveryId})
      ON CONFLICT ("deliveryId") DO NOTHING`;
    return { providerId: null };
  },
};
