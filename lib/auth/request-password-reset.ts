import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import { hashToken, newResetToken } from "./passwords";
import { RESET_LINK_MINUTES, resetLinkExpiry } from "./rules";

/** Emails a single-use reset link. Says nothing about whether the address has an account. */
export const requestPasswordReset = async (options: { email: string; now?: Date }) => {
  const { email, now = new Date() } = options;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  const token = newResetToken();
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashToken(token), expiresAt: resetLinkExpiry(now) },
  });
  await sendTemplatedEmail(email, {
    subject: "Reset your Involve password",
    greeting: `Hello ${user.name},`,
    blocks: [
      { kind: "paragraph", text: "Someone asked to reset the password for your Involve account. To choose a new password, open this link:" },
      { kind: "link", label: "Choose a new password", href: `${env.APP_URL}/reset-password/${token}` },
      { kind: "paragraph", text: `The link works once and stops working after ${RESET_LINK_MINUTES} minutes.` },
      { kind: "paragraph", text: "If you did not ask for this, you can ignore this email: your password has not changed." },
    ],
  });
};
