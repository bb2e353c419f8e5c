import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { today } from "@/lib/feedback/clock";
import { complaintsCsv } from "@/lib/feedback/complaints-csv";
import { listComplaintStages } from "@/lib/feedback/queries";

/** Complaints received in Involve as a complaints file; route handlers are reachable directly, so the role is checked here. */
export const GET = async () => {
  await requireRole(AREA_ROLES.staff);
  return new Response(complaintsCsv(await listComplaintStages()), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="involve-complaints-${today(new Date())}.csv"`,
    },
  });
};
