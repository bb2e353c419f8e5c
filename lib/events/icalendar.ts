// RFC 5545 by hand: ical-generator needs Node 22, and the portal supports Node 20.

export type CalendarEvent = {
  id: string;
  title: string;
  description: string | null;
  venue: string | null;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
};

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 section 3.3.11). */
const text = (value: string) =>
  value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** UTC date-time form, e.g. 20261201T183000Z. */
const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

const encoder = new TextEncoder();

/** Lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character (section 3.1). */
const fold = (line: string) => {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
};

/** A published calendar of events; `eventUrl` links each entry back to its page in the portal. */
export const toICalendar = (
  events: CalendarEvent[],
  { name, now, eventUrl, domain }: { name: string; now: Date; eventUrl: (id: string) => string; domain: string },
) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Involve//Events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${text(name)}`,
    ...events.flatMap((event) => [
      "BEGIN:VEVENT",
      `UID:${event.id}@${domain}`,
      `DTSTAMP:${utc(now)}`,
      `LAST-MODIFIED:${utc(event.updatedAt)}`,
      `DTSTART:${utc(event.startsAt)}`,
      `DTEND:${utc(event.endsAt)}`,
      `SUMMARY:${text(event.title)}`,
      ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
      ...(event.venue ? [`LOCATION:${text(event.venue)}`] : []),
      `URL:${eventUrl(event.id)}`,
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ]
    .map(fold)
    .join("\r\n") + "\r\n";
