import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/mail/send-email";
import { feedbackReference } from "./rules";

/**
 * Tells the sender there is a reply, after the reply has committed. Someone who did not sign in cannot read it in
 * the portal, so they get the reply itself at the address they gave; a tenant who agreed to email gets a link.
 */
export const notifyReply = async (feedbackId: string, text: string) => {
  const item = await db.feedback.findUnique({
    where: { id: feedbackId },
    select: {
      number: true,
      contactName: true,
      contactEmail: true,
      customer: {
        select: {
          firstName: true,
          email: true,
          anonymisedAt: true,
          consents: { where: { channel: "EMAIL" }, select: { channel: true } },
        },
      },
    },
  });
  if (!item) return;
  const subject = `Our reply to your feedback ${feedbackReference(item.number)}`;
  const { customer } = item;
  if (customer) {
    if (!customer.email || customer.anonymisedAt || customer.consents.length === 0) return;
    const lines = [
      `Hello ${customer.firstName},`,
      "",
      "We have replied to your feedback. You can read it here:",
      `${env.APP_URL}/tenant/feedback/${feedbackId}`,
    ];
    await sendEmail({ to: customer.email, subject, text: lines.join("\n") });
  } else if (item.contactEmail) {
    // The database requires a name whenever there is no customer.
    await sendEmail({ to: item.contactEmail, subject, text: [`Hello ${item.contactName},`, "", text].join("\n") });
  }
};
