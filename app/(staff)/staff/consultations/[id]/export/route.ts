import { recordExport } from "@/lib/audit/record-export";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { exportResponses } from "@/lib/consultations/export-responses";
import { notFoundIfMissing } from "@/lib/actions/not-found";

/** Responses as CSV for staff; `?personal=yes` adds names and customer references (audited). */
export const GET = async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  await recordExport(user.id, "consultation-responses.csv", id);
  const personal = new URL(request.url).searchParams.get("personal") === "yes";
  const csv = await exportResponses({ actor: user, consultationId: id, personal }).catch(notFoundIfMissing);
  return new Response(csv, {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="consultation-responses${personal ? "-with-names" : ""}.csv"`,
    },
  });
};
