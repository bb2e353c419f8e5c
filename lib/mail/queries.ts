import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ACCOUNT_LINK_PATTERN, HIDDEN_TOKEN, maskAccountLinks } from "./mask-links";
import { PAGE_SIZE, paginate } from "@/lib/paging";

/** A search typed by a person, for ILIKE: its own `%`, `_` and `\` are meant literally. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * Emails whose address, subject or text mention `search`. The text is searched as the outbox shows it, with reset
 * and invitation tokens hidden: searching the stored text would let someone test a token's first letters, one
 * search at a time, and learn it without ever seeing it.
 */
const outboxWhere = (search: string | undefined) => {
  if (!search) return Prisma.empty;
  const like = likePattern(search);
  return Prisma.sql`WHERE "to" ILIKE ${like} OR "subject" ILIKE ${like}
    OR regexp_replace("text", ${ACCOUNT_LINK_PATTERN}, ${`\\1${HIDDEN_TOKEN}`}, 'g') ILIKE ${like}`;
};

/** One page of the outbox, newest first, optionally only emails that mention `search`. */
export const listOutbox = async ({ search, page }: { search?: string; page: number }) => {
  const where = outboxWhere(search);
  const { rows: messages, ...paging } = await paginate(
    page,
    PAGE_SIZE,
    async () =>
      (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "EmailMessage" ${where}`)[0]?.n ?? 0,
    ({ skip, take }) =>
      db.$queryRaw<{ id: string; to: string; subject: string; channel: string; createdAt: Date }[]>`
        SELECT "id", "to", "subject", "channel"::text AS "channel", "createdAt" FROM "EmailMessage" ${where}
        ORDER BY "createdAt" DESC, "id" DESC OFFSET ${skip} LIMIT ${take}`,
  );
  return { messages, ...paging };
};

/** One email as an administrator may see it: reset and invitation links are hidden in both parts. */
export const getOutboxMessage = async (id: string) => {
  const message = await db.emailMessage.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, html: true, unsubscribeUrl: true, createdAt: true },
  });
  return (
    message && {
      ...message,
      text: maskAccountLinks(message.text),
      html: message.html && maskAccountLinks(message.html),
    }
  );
};
