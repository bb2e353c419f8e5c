import { tooLongForText, type Audience } from "@/lib/communications/schemas";
import type { EventFormat } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { audienceQuery, type AudienceDefinition } from "./rules";

/** The address of the page that invites this audience to an event, from the seldom-heard list. */
export const invitationForAudience = (audience: AudienceDefinition) => `/staff/reach/invite?${audienceQuery(audience)}`;

/**
 * A seldom-heard group's audience as a newsletter's. A newsletter reaches anyone in any list and a consultation
 * someone in every list; a group from the reach page fills one list with one value, where both read the same.
 */
export const toNewsletterAudience = (audience: AudienceDefinition): Audience => ({
  everyone: false,
  areaIds: audience.audienceAreaIds,
  kinds: audience.audienceKinds,
  groupIds: audience.audienceGroupIds,
  supportNeeds: audience.audienceSupportNeeds,
  equalityAnswers: audience.audienceEqualityAnswers,
});

export type InvitedEvent = {
  id: string;
  title: string;
  description: string | null;
  venue: string | null;
  accessibilityNotes: string | null;
  format: EventFormat;
  startsAt: Date;
  endsAt: Date;
};

const where = (event: InvitedEvent) =>
  event.format === "ONLINE"
    ? "Online. The joining link is sent to people who book."
    : `${event.venue ?? "The place will be confirmed when you book."}${event.format === "BOTH" ? " You can also join online." : ""}`;

/** Longest event title a text message carries before it is cut short. */
const TEXT_TITLE_LENGTH = 50;

/**
 * The invitation as a newsletter (title, summary, sections and text message), so it goes through the same channels,
 * consents, letters and confirmation as any newsletter. `newsLink` is the newsletter's public address, counted in
 * the text message's two segments.
 */
export const invitationContent = (event: InvitedEvent, eventLink: string, newsLink: string) => {
  const when = `${formatDateTime(event.startsAt)} to ${formatDateTime(event.endsAt)}`;
  const title = `You are invited: ${event.title}`;
  // Three dots, not an ellipsis: one character outside the texting alphabet would halve what a text holds.
  const shortTitle =
    event.title.length > TEXT_TITLE_LENGTH ? `${event.title.slice(0, TEXT_TITLE_LENGTH - 3)}...` : event.title;
  const textMessage = [
    `You are invited to ${shortTitle} on ${formatDateTime(event.startsAt)}. To book a place, see`,
    `You are invited to ${shortTitle}. To book, see`,
    "You are invited to an event. To book, see",
  ].find((text) => !tooLongForText(text, newsLink))!;
  return {
    title: title.slice(0, 120),
    summary: `We would like to hear from you. Come to ${event.title} on ${formatDateTime(event.startsAt)}.`.slice(
      0,
      500,
    ),
    textMessage,
    sections: [
      { heading: "When", text: when },
      { heading: "Where", text: where(event) },
      ...(event.description ? [{ heading: "What it is about", text: event.description.slice(0, 5000) }] : []),
      ...(event.accessibilityNotes ? [{ heading: "Access", text: event.accessibilityNotes.slice(0, 5000) }] : []),
      {
        heading: "How to book",
        text: `Book a place at ${eventLink} or contact us and we will book it for you. Tell us anything you need to take part, such as a hearing loop, an interpreter or help with travel.`,
      },
    ],
  };
};
