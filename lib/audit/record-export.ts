import { db } from "@/lib/db";

/** Every download of portal data is an audit event: who took which file, when. */
export const recordExport = (actorId: string, file: string, entityId = "-") =>
  db.auditEvent.create({
    data: { actorId, action: "export.downloaded", entityType: "Export", entityId, details: { file } },
  });
