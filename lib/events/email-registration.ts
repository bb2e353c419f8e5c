import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { unsubscribeFor } from "@/lib/mail/involvement-email";
import { sendTemplatedEmail } from "@/lib/mail/send-email";

/**
 * Confirms a place (or a waiting-list place) to a customer who agreed to email, whoever registered them, so a
 * booking made by phone is confirmed in writing too. Called after the registration has committed.
 */
export const emailRegistration = async (registrationId: string) => {
  const registration = await db.eventRegistration.findFirst({
    where: {
      id: registrationId,
      customer: { anonymisedAt: null, email: { not: null }, consents: { some: { channel: "EMAIL" } } },
    },
    select: {
      status: true,
      event: { select: { id: true, title: true, startsAt: true, endsAt: true, venue: true } },
      customer: { select: { id: true, firstName: true, email: true } },
    },
  });
  const email = registration?.customer.email;
  if (!registration || !email) return false;
  const { event, customer } = registration;
  const waiting = registration.status === "WAITING";
  await sendTemplatedEmail(email, {
    subject: waiting ? `Waiting list: ${event.title}` : `Your place: ${event.title}`,
    greeting: `Dear ${customer.firstName},`,
    blocks: [
      {
        kind: "paragraph",
        text: waiting
          ? `${event.title} is full, so you are on its waiting list. We will email you if a place comes free.`
          : `You have a place at ${event.title}.`,
      },
      {
        kind: "facts",
        rows: [
          ["Starts", formatDateTime(event.startsAt)],
          ["Ends", formatDateTime(event.endsAt)],
          ...(event.venue ? [["Where", event.venue] as [string, string]] : []),
        ],
      },
      { kind: "paragraph", text: "If you can no longer come, please cancel so someone else can have the place." },
      { kind: "link", label: "See or cancel your place", href: `${env.APP_URL}/tenant/events/${event.id}` },
    ],
    unsubscribe: unsubscribeFor(customer.id),
  });
  return true;
};
