import { env } from "@/lib/env";
import { unsubscribeFor } from "@/lib/mail/involvement-email";
import { renderEmail, type SignOff } from "@/lib/mail/render-email";
import { cardItemsText, type Card } from "./cards";
import type { SendChannel } from "./choose-channel";
import { fullTextMessage, type Section } from "./schemas";

/** `cards`: filled from the portal (a draft's preview) or as frozen at send (lib/communications/cards.ts). */
export type Content = {
  id: string;
  title: string;
  summary: string;
  sections: Section[];
  textMessage: string;
  cards: Card[];
};
export type Reader = { customerId: string; firstName: string };

export const newsLink = (communicationId: string) => `${env.APP_URL}/news/${communicationId}`;

/** A section's picture as the archive serves it once the newsletter is sent, which is when emails go. */
export const sectionImageUrl = (communicationId: string, position: number) =>
  `${newsLink(communicationId)}/images/${position}`;

/** The newsletter as an email: both parts from one template, with the unsubscribe link of involvement emails. */
export const renderNewsletterEmail = (content: Content, reader: Reader, signOff: SignOff) =>
  renderEmail(
    {
      subject: content.title,
      greeting: `Dear ${reader.firstName},`,
      blocks: [
        { kind: "paragraph", text: content.summary },
        ...content.sections.flatMap((section, position) => [
          { kind: "paragraph" as const, text: section.heading.toUpperCase() },
          ...(section.image
            ? [{ kind: "image" as const, src: sectionImageUrl(content.id, position), alt: section.image.alt }]
            : []),
          { kind: "paragraph" as const, text: section.text },
        ]),
        ...content.cards.flatMap((card) => [
          { kind: "paragraph" as const, text: card.heading.toUpperCase() },
          ...card.items.flatMap((item) => [
            { kind: "link" as const, label: item.title, href: `${env.APP_URL}${item.path}` },
            { kind: "paragraph" as const, text: item.detail },
          ]),
        ]),
        { kind: "link", label: "Read it on our website", href: newsLink(content.id) },
      ],
      unsubscribe: unsubscribeFor(reader.customerId),
    },
    signOff,
  );

export type LetterPart = { kind: "heading" | "text"; text: string } | { kind: "image"; position: number; alt: string };

/** The newsletter as printed, piece by piece: the same words as the email, with each picture where it stands. */
export const letterParts = (content: Content, reader: Reader): LetterPart[] => [
  { kind: "text", text: `Dear ${reader.firstName},` },
  { kind: "text", text: content.summary },
  ...content.sections.flatMap((section, position): LetterPart[] => [
    { kind: "heading", text: section.heading },
    ...(section.image ? [{ kind: "image" as const, position, alt: section.image.alt }] : []),
    { kind: "text", text: section.text },
  ]),
  ...content.cards.flatMap((card): LetterPart[] => [
    { kind: "heading", text: card.heading },
    { kind: "text", text: cardItemsText(card.items, env.APP_URL) },
  ]),
  { kind: "text", text: `You can also read this at ${newsLink(content.id)}` },
];

/** The letter as plain text, for the preview: a picture is named by its description. */
export const renderNewsletterLetter = (content: Content, reader: Reader) =>
  letterParts(content, reader)
    .map((part) => (part.kind === "image" ? `[Picture: ${part.alt}]` : part.text))
    .join("\n\n");

/** Subject and text of one person's message on one channel. */
export const renderForChannel = (channel: SendChannel, content: Content, reader: Reader, signOff: SignOff) => {
  if (channel === "SMS")
    return { subject: content.title, text: fullTextMessage(content.textMessage, newsLink(content.id)) };
  if (channel === "LETTER") return { subject: content.title, text: renderNewsletterLetter(content, reader) };
  const email = renderNewsletterEmail(content, reader, signOff);
  return { subject: email.subject, text: email.text, html: email.html, unsubscribeUrl: email.unsubscribeUrl };
};
