import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/mail/send-email";
import { respondentSelect, toFacts } from "./respondents";
import { isEligible } from "./rules";

type Notice = "opened" | "outcome";

const message = (notice: Notice, consultation: { id: string; title: string }, firstName: string) => {
  const [subject, body, link] =
    notice === "opened"
      ? [`Have your say: ${consultation.title}`, "We would like your views. You can answer online until the closing date:", `${env.APP_URL}/tenant/consultations/${consultation.id}`]
      : [
          `You said, We did: ${consultation.title}`,
          `Thank you for answering our consultation "${consultation.title}". Here is what customers told us and what we did because of it:`,
          `${env.APP_URL}/tenant/consultations/${consultation.id}`,
        ];
  return {
    subject,
    text: [`Hello ${firstName},`, "", body, link, "", "You get this email because you agreed we may contact you by email. You can change that in Involve."].join("\n"),
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
    where: { status: "ACTIVE", anonymisedAt: null, email: { not: null }, consents: { some: { channel: "EMAIL" } }, ...audienceOf(notice, consultationId) },
    orderBy: { reference: "asc" },
    select: { ...respondentSelect, firstName: true, email: true },
  });
  // Someone who answered hears the outcome even if they have since moved out of the audience.
  const recipients = notice === "outcome" ? customers : customers.filter((customer) => isEligible(toFacts(customer), consultation));
  for (const customer of recipients) {
    await sendEmail({ to: customer.email as string, ...message(notice, consultation, customer.firstName) });
  }
  return recipients.length;
};
