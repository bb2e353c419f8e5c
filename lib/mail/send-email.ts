import { appendFileSync } from "node:fs";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type EmailInput = { to: string; subject: string; text: string };

let transport: nodemailer.Transporter | undefined;

/**
 * The portal's only way to send email. With SMTP_URL it goes out by SMTP; without, it is kept
 * in the outbox table for an administrator to read, so the embedded install needs no mail server.
 */
export const sendEmail = async (message: EmailInput) => {
  if (env.MAIL_CAPTURE_FILE) appendFileSync(env.MAIL_CAPTURE_FILE, `${JSON.stringify(message)}\n`);
  if (!env.SMTP_URL) {
    await db.emailMessage.create({ data: message });
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, ...message });
};
