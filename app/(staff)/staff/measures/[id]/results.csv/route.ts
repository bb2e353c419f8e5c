import { recordExport } from "@/lib/audit/record-export";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { resultsCsv } from "@/lib/surveys/results-csv";
import { getComparedResults, getRound } from "@/lib/surveys/queries";
import { ZRoundRef } from "@/lib/surveys/schemas";
import { financialYearLabel } from "@/lib/uk-time";

/** A round's measures as CSV for staff and the board: counts only, nobody's answers. */
export const GET = async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireRole(AREA_ROLES.board);
  await recordExport(user.id, "survey-results.csv", (await params).id);
  const parsed = ZRoundRef.safeParse({ roundId: (await params).id });
  const round = parsed.success ? await getRound(parsed.data.roundId) : null;
  if (!round) notFound();
  const results = await getComparedResults(round);
  return new Response(resultsCsv(results.measures, round.regime), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="perception-measures-${financialYearLabel(round.year).replace("/", "-")}.csv"`,
    },
  });
};
