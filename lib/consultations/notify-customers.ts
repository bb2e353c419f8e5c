import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { unsubscribeFor } from "@/lib/mail/involvement-email";
import { queueNoticeEmails } from "@/lib/mail/notice-emails";
import type { EmailTemplate } from "@/lib/mail/render-email";
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
 * Queues an email to each customer the consultation is for who agreed to email, in the caller's transaction (the
 * one that publishes it, claims its opening or publishes its outcome): the notice and everyone owed it commit
 * together, then each email is sent and retried on its own by the queue, and an email never announces something
 * that was rolled back. Returns how many were queued; with no SMTP server the messages wait in the outbox.
 */
export const notifyCustomers = async (tx: Tx, boss: PgBoss, consultationId: string, notice: Notice) => {
  const consultation = await tx.consultation.findUnique({ where: { id: consultationId } });
  if (!consultation) return 0;
  const customers = await tx.customer.findMany({
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
  return queueNoticeEmails(
    tx,
    boss,
    `consultation-${notice}:${consultationId}`,
    recipients.map((customer) => ({
      customerId: customer.id,
      to: customer.email as string,
      template: message(notice, consultation, customer),
    })),
  );
};
