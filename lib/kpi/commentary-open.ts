import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A commentary request (`r`) still open: its KPI has no commentary in its quarter's pack yet (answering is writing
 * the commentary), and that pack has not been presented. The work list counts these; reminders go for these.
 */
export const OPEN_REQUEST = Prisma.sql`
  NOT EXISTS (
    SELECT 1 FROM "PerformancePack" p JOIN "PackCommentary" c ON c."packId" = p."id"
    WHERE p."year" = r."year" AND p."quarter" = r."quarter" AND c."kpiCode" = r."kpiCode")
  AND NOT EXISTS (
    SELECT 1 FROM "PerformancePack" p
    WHERE p."year" = r."year" AND p."quarter" = r."quarter" AND p."presentedAt" IS NOT NULL)`;
