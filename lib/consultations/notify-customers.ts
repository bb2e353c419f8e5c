import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { unsubscribeFor } from "@/lib/mail/involvement-email";
import type { EmailTemplate } from "@/lib/mail/render-email";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import { respondentSelect, toFacts } from "./respondents";
import { isEligible } from "./rules";

type Notice = "opened" | "outcome";

type Announced = { id: string; title: string; summary: string; closesAt: Date };

const message = (
  notice: Notice,
  consultation: Announced,
  customer: { id: string; firstName: string },
): EmailTemplate => {
  const greeting = `Hello ${customer.firstName},`;
  const unsubscribe = unsubscribeFor(customer.id);
  const link = `${env.APP_URL}/tenant/consultations/${consultation.id}`;
  return notice === "opened"
    ? {
        subject: `Have your say: ${consultation.title}`,
        greeting,
        blocks: [
          { kind: "paragraph", text: `We would like your views on ${consultation.title}. ${consultation.summary}` },
          { kind: "paragraph", text: `You can answer online until ${formatDateTime(consultation.closesAt)}.` },
          { kind: "link", label: "Answer the consultation", href: link },
        ],
        unsubscribe,
      }
    : {
        subject: `You said, We did: ${consultation.title}`,
        greeting,
        blocks: [
          {
            kind: "paragraph",
            text: `Thank you for answering our consultation "${consultation.title}". Here is what customers told us and what we did because of it.`,
          },
          { kind: "link", label: "Read what we did", href: link },
        ],
        unsubscribe,
      };
};

// An opening notice goes to everyone the consultation is for; its outcome only to the people who answered it.
const audienceOf = (notice: Notice, consultationId: string) =>
  notice === "outcome" ? { consultationResponses: { some: { consultationId } } } : {};

/**
 * Emails the customers a consultation is for who agreed to email. Called after the change has committed, so an
 * email never announces something that was rolled back; with no SMTP server the messages wait in the outbox.
 */
export const notifyCustomers = async (consultationId: string, notice: Notice) => {
  const consultation = await db.consultation.findUnique({ where: { id: consultationId } });
  if (!consultation) return 0;
  const customers = await db.customer.findMany({
    where: {
      status: "ACTIVE",
      anonymisedAt: null,
      email: { not: null },
      consents: { some: { channel: "EMAIL" } },
      ...audienceOf(notice, consultationId),
    },
    orderBy: { reference: "asc" },
    select: { ...respondentSelect, firstName: true, email: true },
  });
  // Someone who answered hears the outcome even if they have since moved out of the audience.
  const recipients =
    notice === "outcome" ? customers : customers.filter((customer) => isEligible(toFacts(customer), consultation));
  for (const customer of recipients) {
    await sendTemplatedEmail(customer.email as string, message(notice, consultation, customer));
  }
  return recipients.length;
};
