import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { recordExport } from "@/lib/audit/record-export";
import { listSpendLines } from "@/lib/budget/queries";
import { ZBudgetQuery } from "@/lib/budget/schemas";
import { spendCsv } from "@/lib/budget/spend-csv";
import { financialYearOf } from "@/lib/uk-time";

/** Route handlers are reachable directly, so the role is checked here: officers and admins. */
export const GET = async (request: Request) => {
  const user = await requireRole(AREA_ROLES.staff);
  const year =
    ZBudgetQuery.parse(Object.fromEntries(new URL(request.url).searchParams)).year ?? financialYearOf(new Date());
  const file = `involvement-spending-${year}.csv`;
  await recordExport(user.id, file);
  return new Response(spendCsv(await listSpendLines(year)), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
    },
  });
};
