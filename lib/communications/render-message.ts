import { env } from "@/lib/env";
import { unsubscribeFor } from "@/lib/mail/involvement-email";
import { renderEmail, type SignOff } from "@/lib/mail/render-email";
import type { SendChannel } from "./choose-channel";
import { fullTextMessage, type Section } from "./schemas";

export type Content = { id: string; title: string; summary: string; sections: Section[]; textMessage: string };
export type Reader = { customerId: string; firstName: string };

export const newsLink = (communicationId: string) => `${env.APP_URL}/news/${communicationId}`;

/** The newsletter as an email: both parts from one template, with the unsubscribe link of involvement emails. */
export const renderNewsletterEmail = (content: Content, reader: Reader, signOff: SignOff) =>
  renderEmail(
    {
      subject: content.title,
      greeting: `Dear ${reader.firstName},`,
      blocks: [
        { kind: "paragraph", text: content.summary },
        ...content.sections.flatMap((section) => [
          { kind: "paragraph" as const, text: section.heading.toUpperCase() },
          { kind: "paragraph" as const, text: section.text },
        ]),
        { kind: "link", label: "Read it on our website", href: newsLink(content.id) },
      ],
      unsubscribe: unsubscribeFor(reader.customerId),
    },
    signOff,
  );

/** The newsletter as printed: the same words as the email, for a letter. */
export const renderNewsletterLetter = (content: Content, reader: Reader) =>
  [
    `Dear ${reader.firstName},`,
    content.summary,
    ...content.sections.flatMap((section) => [section.heading, section.text]),
    `You can also read this at ${newsLink(content.id)}`,
  ].join("\n\n");

/** Subject and text of one person's message on one channel. */
export const renderForChannel = (channel: SendChannel, content: Content, reader: Reader, signOff: SignOff) => {
  if (channel === "SMS")
    return { subject: content.title, text: fullTextMessage(content.textMessage, newsLink(content.id)) };
  if (channel === "LETTER") return { subject: content.title, text: renderNewsletterLetter(content, reader) };
  const email = renderNewsletterEmail(content, reader, signOff);
  return { subject: email.subject, text: email.text, html: email.html, unsubscribeUrl: email.unsubscribeUrl };
};
