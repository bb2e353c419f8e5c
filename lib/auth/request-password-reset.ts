import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import { hashToken, newResetToken } from "./passwords";
import { RESET_LINK_MINUTES, resetLinkExpiry, THROTTLES } from "./rules";
import { reserveAttempt } from "./throttle";

const sendResetLink = async (email: string, ip: string | null, now: Date) => {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, disabledAt: true } });
  // The token is made either way, so an unknown address costs about the same work as a known one.
  const token = newResetToken();
  const tokenHash = hashToken(token);
  if (!user || user.disabledAt) return;
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt: resetLinkExpiry(now) } });
    // Who asked cannot be known (anyone may type the address), so no actor; the address is kept when known.
    await recordAuditEvent(tx, {
      actorId: null,
      action: "auth.password.reset-requested",
      entityType: "User",
      entityId: user.id,
      details: { ip },
    });
  });
  await sendTemplatedEmail(email, {
    subject: "Reset your Involve password",
    greeting: `Hello ${user.name},`,
    blocks: [
      {
        kind: "paragraph",
        text: "Someone asked to reset the password for your Involve account. To choose a new password, open this link:",
      },
      { kind: "link", label: "Choose a new password", href: `${env.APP_URL}/reset-password/${token}` },
      { kind: "paragraph", text: `The link works once and stops working after ${RESET_LINK_MINUTES} minutes.` },
      {
        kind: "paragraph",
        text: "If you did not ask for this, you can ignore this email: your password has not changed.",
      },
    ],
  });
};

/**
 * Emails a single-use reset link. Says nothing about whether the address has an account: the throttle counts
 * every address alike, and the server action defers the lookup and sending until after it has answered.
 */
export const requestPasswordReset = async (options: {
  email: string;
  ip?: string | null;
  now?: Date;
  defer?: (work: () => Promise<void>) => void | Promise<void>;
}) => {
  const { email, ip = null, now = new Date(), defer = (work) => work() } = options;
  await reserveAttempt(
    [
      { key: `reset:email:${email}`, policy: THROTTLES.resetEmail },
      ...(ip ? [{ key: `reset:address:${ip}`, policy: THROTTLES.resetAddress }] : []),
    ],
    (wait) =>
      `You have asked for several reset links in a short time. Wait ${wait}, then ask again, or check your email for the links already sent.`,
    now,
  );
  await defer(() => sendResetLink(email, ip, now));
};
