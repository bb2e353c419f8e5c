import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { newsLink } from "@/lib/communications/render-message";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { registrationClosesAt } from "@/lib/events/rules";
import { invitationContent, toNewsletterAudience } from "./event-invitation-rules";
import type { AudienceDefinition } from "./rules";

/** A newsletter's id is a cuid of this length, so the text message is counted with its real link's length. */
const SAMPLE_NEWS_ID = "x".repeat(25);

/**
 * Drafts an invitation to an event for a seldom-heard group: a newsletter written from the event, for that group's
 * audience. Nothing is sent: the officer is shown how many it reaches by email, text and post, and sends it from
 * there as any newsletter, through the same consents and channels.
 */
export const inviteToEvent = ({
  actor,
  eventId,
  audience,
  now = new Date(),
}: {
  actor: Actor;
  eventId: string;
  audience: AudienceDefinition;
  now?: Date;
}) =>
  db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({
      where: { id: eventId },
      select: {
        id: true,
        title: true,
        description: true,
        venue: true,
        accessibilityNotes: true,
        format: true,
        startsAt: true,
        endsAt: true,
        registrationOpensAt: true,
        registrationClosesAt: true,
      },
    });
    if (!event) throw new DomainError("Choose an event from the list.", { eventId: "Choose an event from the list" });
    if (now >= registrationClosesAt(event))
      throw new DomainError("Booking for that event has closed: choose another.", {
        eventId: "Booking for that event has closed: choose another",
      });
    const newsletter = toNewsletterAudience(audience);
    const content = invitationContent(event, `${env.APP_URL}/events/${event.id}`, newsLink(SAMPLE_NEWS_ID));
    const communication = await tx.communication.create({
      data: { ...content, audience: newsletter, createdById: actor.id, status: "DRAFT" },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "communication.drafted",
      entityType: "Communication",
      entityId: communication.id,
      details: { invitationTo: event.id, audience: newsletter },
    });
    return communication;
  });
