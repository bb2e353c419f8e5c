import { isBuildPhase } from "@/lib/build-phase";
import { listPublishedNews } from "@/lib/communications/queries";
import { env } from "@/lib/env";
import { getLandlord } from "@/lib/landlord/queries";

// Cached like the public pages: a minute at most behind the archive.
export const revalidate = 60;

const escapeXml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The news archive as an Atom feed (RFC 4287), for feed readers. */
export const GET = async () => {
  if (isBuildPhase()) return new Response(null, { status: 503 });
  const [items, landlord] = await Promise.all([listPublishedNews(20), getLandlord()]);
  const updated = (items[0]?.sentAt ?? new Date(0)).toISOString();
  const entries = items.map((item) => {
    const link = `${env.APP_URL}/news/${item.id}`;
    return `<entry><title>${escapeXml(item.title)}</title><link href="${link}"/><id>${link}</id><updated>${(item.sentAt ?? new Date(0)).toISOString()}</updated><summary>${escapeXml(item.summary)}</summary></entry>`;
  });
  const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(landlord.name)}: news</title><link href="${env.APP_URL}/news"/><link rel="self" href="${env.APP_URL}/news/feed.xml"/><id>${env.APP_URL}/news</id><updated>${updated}</updated><author><name>${escapeXml(landlord.name)}</name></author>${entries.join("")}</feed>
`;
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
