import { db } from "@/lib/db";
import { paginate } from "@/lib/paging";

// Changes are short one-line rows, and an administrator reads back through many of them: twice the usual page.
export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit log, newest first (the id grows with time and is unique, so the order is stable). */
export const listAuditEvents = async (options: { page: number; entityType?: string }) => {
  const where = options.entityType ? { entityType: options.entityType } : {};
  const { rows: events, ...paging } = await paginate(
    options.page,
    AUDIT_PAGE_SIZE,
    () => db.auditEvent.count({ where }),
    (window) =>
      db.auditEvent.findMany({
        where,
        orderBy: { id: "desc" },
        ...window,
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
  );
  return { events, ...paging };
};

export const listAuditEntityTypes = async () =>
  (
    await db.auditEvent.findMany({
      distinct: ["entityType"],
      select: { entityType: true },
      orderBy: { entityType: "asc" },
    })
  ).map((row) => row.entityType);
