import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { PROVIDER_TIMEOUT_MS, ProviderError, type Transport } from "./types";

type SmtpFailure = { code?: string; responseCode?: number; response?: string; message: string };

// A 4xx reply means "not now", a 5xx "never"; a refused login is the server refusing our key.
const problem = (error: SmtpFailure) => {
  if (error.code === "EAUTH") return new ProviderError("The mail server refused the user name or password.", "refused");
  const reason = error.response ?? error.message;
  if (error.responseCode && error.responseCode >= 500) return new ProviderError(reason, "refused");
  return new ProviderError(
    reason,
    error.responseCode === 421 || error.responseCode === 450 ? "rate-limited" : "temporary",
  );
};

/** Email by SMTP (SMTP_URL), as the portal's own emails go. */
export const smtpTransport = (url = env.SMTP_URL as string): Transport => {
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: PROVIDER_TIMEOUT_MS,
    greetingTimeout: PROVIDER_TIMEOUT_MS,
    socketTimeout: PROVIDER_TIMEOUT_MS,
  } as object);
  return {
    name: "smtp",
    perSecond: 20,
    send: async (message) => {
      try {
        const info = await transport.sendMail({
          from: env.MAIL_FROM,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          // Mail programs show their own "Unsubscribe" button from these, and Gmail and Yahoo ask bulk senders for them.
          ...(message.unsubscribeUrl && {
            headers: {
              "List-Unsubscribe": `<${message.unsubscribeUrl}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
          }),
        });
        return { providerId: info.messageId ?? null };
      } catch (error) {
        throw problem(error as SmtpFailure);
      }
    },
  };
};
