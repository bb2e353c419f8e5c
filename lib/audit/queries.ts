import { db } from "@/lib/db";

export const AUDIT_PAGE_SIZE = 50;

export const listAuditEvents = async (options: { page: number; entityType?: string }) => {
  const where = options.entityType ? { entityType: options.entityType } : {};
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (options.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        details: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db.auditEvent.count({ where }),
  ]);
  return { events, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
};

export const listAuditEntityTypes = async () =>
  (
    await db.auditEvent.findMany({
      distinct: ["entityType"],
      select: { entityType: true },
      orderBy: { entityType: "asc" },
    })
  ).map((row) => row.entityType);
