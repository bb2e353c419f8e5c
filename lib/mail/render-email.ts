import { escapeHtml } from "@/lib/html";

/** One piece of an email's body; each becomes a paragraph (or a list) in both the text and the HTML part. */
export type EmailBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "link"; label: string; href: string }
  | { kind: "facts"; rows: [term: string, value: string][] }
  | { kind: "image"; src: string; alt: string };

/** One email, defined once: both parts are made from it, so they can never say different things. */
export type EmailTemplate = {
  subject: string;
  greeting: string;
  blocks: EmailBlock[];
  /** Set for involvement emails a customer can opt out of: adds the unsubscribe link and headers. */
  unsubscribe?: { pageUrl: string; oneClickUrl: string };
};

/** Who the email comes from, as the landlord's settings give it. */
export type SignOff = {
  name: string;
  contactPhone: string | null;
  contactEmail: string | null;
  contactAddress: string | null;
  openingHours: string | null;
};

export type RenderedEmail = { subject: string; text: string; html: string; unsubscribeUrl?: string };

const signOffLines = (signOff: SignOff) =>
  [
    signOff.name,
    signOff.contactPhone && `Phone: ${signOff.contactPhone}`,
    signOff.contactEmail && `Email: ${signOff.contactEmail}`,
    signOff.contactAddress && `Address: ${signOff.contactAddress.replace(/\s*\n\s*/g, ", ")}`,
    signOff.openingHours && `Opening hours: ${signOff.openingHours.replace(/\s*\n\s*/g, "; ")}`,
  ].filter((line): line is string => Boolean(line));

const UNSUBSCRIBE_TEXT =
  "You get this email because you agreed we may contact you by email about getting involved. To stop these emails:";

const textBlock = (block: EmailBlock) => {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "link":
      return `${block.label}:\n${block.href}`;
    case "facts":
      return block.rows.map(([term, value]) => `${term}: ${value}`).join("\n");
    case "image":
      return `[Picture: ${block.alt}]`;
  }
};

// Inline styles only: mail programs drop style sheets. Large text and underlined links for readers who zoom.
const P = 'style="margin:0 0 16px;font-size:18px;line-height:1.5"';
const A = 'style="color:#1d4ed8;text-decoration:underline"';

const htmlBlock = (block: EmailBlock) => {
  switch (block.kind) {
    case "paragraph":
      return `<p ${P}>${escapeHtml(block.text)}</p>`;
    case "link":
      return `<p ${P}><a href="${escapeHtml(block.href)}" ${A}>${escapeHtml(block.label)}</a></p>`;
    case "facts":
      return `<ul ${P}>${block.rows.map(([term, value]) => `<li><strong>${escapeHtml(term)}:</strong> ${escapeHtml(value)}</li>`).join("")}</ul>`;
    case "image":
      return `<p ${P}><img src="${escapeHtml(block.src)}" alt="${escapeHtml(block.alt)}" width="552" style="max-width:100%;height:auto"></p>`;
  }
};

/** The text and HTML parts of one email, with the landlord's sign-off and, for involvement emails, the opt-out. */
export const renderEmail = (template: EmailTemplate, signOff: SignOff): RenderedEmail => {
  const closing = signOffLines(signOff);
  const text = [
    template.greeting,
    ...template.blocks.map(textBlock),
    ["With best wishes,", ...closing].join("\n"),
    ...(template.unsubscribe ? [`${UNSUBSCRIBE_TEXT}\n${template.unsubscribe.pageUrl}`] : []),
  ].join("\n\n");
  const html = [
    "<!doctype html>",
    `<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(template.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:Arial,sans-serif;color:#0b0c0c;background:#ffffff">',
    '<div style="max-width:600px">',
    `<p ${P}>${escapeHtml(template.greeting)}</p>`,
    ...template.blocks.map(htmlBlock),
    `<p ${P}>With best wishes,<br>${closing.map(escapeHtml).join("<br>")}</p>`,
    ...(template.unsubscribe
      ? [
          `<p style="margin:24px 0 0;font-size:16px">${escapeHtml(UNSUBSCRIBE_TEXT)} <a href="${escapeHtml(template.unsubscribe.pageUrl)}" ${A}>Unsubscribe</a></p>`,
        ]
      : []),
    "</div></body></html>",
  ].join("\n");
  return { subject: template.subject, text, html, unsubscribeUrl: template.unsubscribe?.oneClickUrl };
};
