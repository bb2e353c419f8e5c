import { recordExport } from "@/lib/audit/record-export";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { toCsv } from "@/lib/csv";
import { getLandlord } from "@/lib/landlord/queries";
import { getReturn } from "@/lib/regulatory-return/queries";
import { returnCsvRows } from "@/lib/regulatory-return/rules";
import { ZReturnQuery } from "@/lib/regulatory-return/schemas";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";

/** A year's return as CSV, in the regulator's numbering, for staff and the board: figures only, nobody's answers. */
export const GET = async (request: Request) => {
  const user = await requireRole(AREA_ROLES.board);
  const query = ZReturnQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const year = query.year ?? financialYearOf(new Date()) - 1;
  const { regime } = await getLandlord();
  const view = await getReturn(regime, year);
  await recordExport(user.id, "regulatory-return.csv", String(year));
  const name = `${regime === "SCOTLAND" ? "arc" : "tsm"}-return-${financialYearLabel(year).replace("/", "-")}.csv`;
  return new Response(toCsv(returnCsvRows(view.figures)), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
};
