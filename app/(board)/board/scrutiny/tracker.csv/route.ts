import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listRecommendationsForExport } from "@/lib/scrutiny/queries";
import { trackerCsv } from "@/lib/scrutiny/tracker-csv";

/** Route handlers are reachable directly, so the role is checked here: board, officers and admins. */
export const GET = async () => {
  await requireRole(AREA_ROLES.board);
  const now = new Date();
  return new Response(trackerCsv(await listRecommendationsForExport(), now), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="scrutiny-recommendations-${now.toISOString().slice(0, 10)}.csv"`,
    },
  });
};
