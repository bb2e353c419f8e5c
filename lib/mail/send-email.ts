import { appendFileSync } from "node:fs";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getLandlordContact } from "@/lib/landlord/queries";
import { renderEmail, type EmailTemplate } from "./render-email";

export type EmailInput = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  unsubscribeUrl?: string;
  /** The notice email (NoticeEmail) this is: the outbox keeps one message per id, so a repeated send adds none. */
  deliveryId?: string;
};

let transport: nodemailer.Transporter | undefined;

/**
 * The portal's only way to send email. With SMTP_URL it goes out by SMTP; without, it is kept
 * in the outbox table for an administrator to read, so the embedded install needs no mail server.
 */
export const sendEmail = async (message: EmailInput) => {
  if (env.MAIL_CAPTURE_FILE) appendFileSync(env.MAIL_CAPTURE_FILE, `${JSON.stringify(message)}\n`);
  if (!env.SMTP_URL) {
    await db.emailMessage.createMany({ data: [message], skipDuplicates: true });
    return;
  }
  const { unsubscribeUrl, deliveryId: _deliveryId, ...parts } = message;
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({
    from: env.MAIL_FROM,
    ...parts,
    // RFC 8058: mail programs show their own Unsubscribe button and POST to this address, with no page to visit.
    ...(unsubscribeUrl && {
      headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    }),
  });
};

/** Sends one templated email: both parts, signed off with the landlord's name and contact details. */
export const sendTemplatedEmail = async (to: string, template: EmailTemplate, deliveryId?: string) => {
  const rendered = renderEmail(template, await getLandlordContact());
  await sendEmail({ to, ...rendered, deliveryId });
};
