import { db } from "@/lib/db";

export const listOutbox = () =>
  db.emailMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, createdAt: true },
  });

export const getOutboxMessage = (id: string) =>
  db.emailMessage.findUnique({ where: { id }, select: { id: true, to: true, subject: true, text: true, createdAt: true } });
