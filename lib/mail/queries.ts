import { db } from "@/lib/db";
import { maskAccountLinks } from "./mask-links";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, paginate } from "@/lib/paging";

/** One page of the outbox, newest first, optionally only emails whose address, subject or text mention `search`. */
export const listOutbox = async ({ search, page }: { search?: string; page: number }) => {
  const where: Prisma.EmailMessageWhereInput = search
    ? {
        OR: [
          { to: { contains: search, mode: "insensitive" } },
          { subject: { contains: search, mode: "insensitive" } },
          { text: { contains: search, mode: "insensitive" } },
        ],
      }
    : {};
  const { rows: messages, ...paging } = await paginate(
    page,
    PAGE_SIZE,
    () => db.emailMessage.count({ where }),
    (window) =>
      db.emailMessage.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: { id: true, to: true, subject: true, createdAt: true },
      }),
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
