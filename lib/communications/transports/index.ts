import { env } from "@/lib/env";
import type { SendChannel } from "../choose-channel";
import { notifyFromEnv } from "./notify";
import { outboxTransport } from "./outbox";
import { smtpTransport } from "./smtp";
import { twilioFromEnv } from "./twilio";
import type { Transport } from "./types";

const emailProvider = () => env.EMAIL_PROVIDER ?? (env.SMTP_URL ? "smtp" : "outbox");

const build = (channel: SendChannel): Transport => {
  const provider = channel === "EMAIL" ? emailProvider() : channel === "SMS" ? env.SMS_PROVIDER : env.LETTER_PROVIDER;
  if (provider === "smtp") return smtpTransport();
  if (provider === "twilio") return twilioFromEnv();
  if (provider === "notify") return notifyFromEnv(channel);
  return outboxTransport;
};

const chosen = new Map<SendChannel, Transport>();

/** The provider configured for a channel: one per process, so its connection and rate limit are shared. */
export const transportFor = (channel: SendChannel) => {
  let transport = chosen.get(channel);
  if (!transport) chosen.set(channel, (transport = build(channel)));
  return transport;
};
