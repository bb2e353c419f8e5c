import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";

const sameSecret = (given: string, expected: string) => {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Notify sends the callback token set in its settings as `Authorization: Bearer <token>`. */
export const notifyTokenAccepted = (authorization: string | null, token: string | undefined) =>
  !!token && !!authorization && sameSecret(authorization, `Bearer ${token}`);

/**
 * Twilio signs each webhook: HMAC-SHA1, keyed with the account's auth token, of the address it called followed by
 * every posted field name and value in name order, in base64 (X-Twilio-Signature).
 */
export const twilioSignature = (authToken: string, url: string, params: URLSearchParams) =>
  createHmac("sha1", authToken)
    .update(
      url +
        [...params.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => k + v)
          .join(""),
    )
    .digest("base64");

export const twilioSignatureAccepted = (
  signature: string | null,
  authToken: string | undefined,
  url: string,
  params: URLSearchParams,
) => !!authToken && !!signature && sameSecret(signature, twilioSignature(authToken, url, params));

export type Outcome = { providerId: string; delivered: boolean; reason: string | null };

// Notify: https://docs.notifications.service.gov.uk/node.html#delivery-receipts
export const ZNotifyReceipt = z
  .object({ id: z.string().min(1).max(100), status: z.string().max(50) })
  .transform(({ id, status }): Outcome | null =>
    status === "delivered"
      ? { providerId: id, delivered: true, reason: null }
      : ["permanent-failure", "temporary-failure", "technical-failure"].includes(status)
        ? { providerId: id, delivered: false, reason: `GOV.UK Notify: ${status}` }
        : null,
  );

// Twilio: MessageSid and MessageStatus, with ErrorCode when it failed.
export const twilioOutcome = (params: URLSearchParams): Outcome | null => {
  const providerId = params.get("MessageSid");
  const status = params.get("MessageStatus");
  if (!providerId) return null;
  if (status === "delivered") return { providerId, delivered: true, reason: null };
  if (status === "failed" || status === "undelivered") {
    return {
      providerId,
      delivered: false,
      reason: `Twilio: ${status} (error ${params.get("ErrorCode") ?? "unknown"})`,
    };
  }
  return null;
};

/** Records what the provider says became of a sent message. A late "sent" never undoes "delivered". */
export const recordOutcome = async ({ providerId, delivered, reason }: Outcome) => {
  const now = new Date();
  await db.delivery.updateMany({
    where: { providerId, status: { in: ["SENT", "QUEUED"] } },
    data: delivered ? { status: "DELIVERED", deliveredAt: now } : { status: "FAILED", failedAt: now, reason },
  });
};

/** The words a text-message reply may use to mean "no more texts" (as mobile networks treat them). */
const STOP_WORDS = new Set(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"]);

/** A phone number as its last ten digits, so 07700 900123 and +447700900123 match. */
const phoneKey = (phone: string) => phone.replace(/\D/g, "").slice(-10);

/**
 * A reply of STOP withdraws text consent from every current customer with that number. Returns how many; other
 * replies are ignored (nobody reads them).
 */
export const handleTextReply = async (from: string, body: string) => {
  if (!STOP_WORDS.has(body.trim().toUpperCase())) return 0;
  const key = phoneKey(from);
  if (key.length < 10) return 0;
  // Each withdrawal is audited with the consent, in one transaction, as an email-link unsubscribe is; no account acts.
  return db.$transaction(async (tx) => {
    const withdrawn = await tx.$queryRaw<{ customerId: string }[]>`
      DELETE FROM "ContactConsent" k USING "Customer" c
      WHERE k."customerId" = c."id" AND k."channel" = 'SMS' AND c."phone" IS NOT NULL
        AND right(regexp_replace(c."phone", '\\D', '', 'g'), 10) = ${key}
      RETURNING k."customerId"`;
    await tx.auditEvent.createMany({
      data: withdrawn.map(({ customerId }) => ({
        actorId: null,
        action: "customer.consent.withdrawn_by_text_reply",
        entityType: "Customer",
        entityId: customerId,
        details: { consentsWithdrawn: ["SMS"], reply: body.trim().toUpperCase() },
      })),
    });
    return withdrawn.length;
  });
};
