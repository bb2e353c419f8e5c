import type { SendChannel } from "../choose-channel";

/** One person's message, ready for a provider. `to` is an email address, a phone number or postal address lines. */
export type OutgoingMessage = {
  deliveryId: string;
  channel: SendChannel;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The one-click unsubscribe address of an email, sent as List-Unsubscribe (RFC 8058) where the provider allows. */
  unsubscribeUrl?: string;
};

/** The provider's id for the message, which its delivery receipts quote (null where it gives none). */
export type Sent = { providerId: string | null };

/**
 * Why a provider did not take a message. `rate-limited` and `temporary` are tried again later with backoff;
 * `refused` (a bad number, a refused key) would fail the same way again, so the delivery fails at once.
 */
export type ProblemKind = "rate-limited" | "temporary" | "refused";

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: ProblemKind,
  ) {
    super(message);
  }
}

export type Transport = {
  /** Shown to officers beside each delivery, and the name of its rate limit. */
  name: string;
  /** Messages a second this provider accepts from us; the worker waits rather than exceed it. */
  perSecond: number;
  send: (message: OutgoingMessage) => Promise<Sent>;
};

/** How long any provider may take to answer before the message is tried again later. */
export const PROVIDER_TIMEOUT_MS = 10_000;

/** Maps an HTTP answer's status to what happens next (used by every HTTP provider). */
export const problemFromStatus = (status: number, message: string) =>
  new ProviderError(
    message,
    status === 429 ? "rate-limited" : status >= 500 || status === 408 ? "temporary" : "refused",
  );
