import { recordExport } from "@/lib/audit/record-export";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { figuresCsv, getEventFigures } from "@/lib/events/figures";
import { readFiguresRequest } from "@/lib/events/figures-request";

/** The board's figures as CSV (counts only); route handlers are reachable directly, so the role is checked here. */
export const GET = async (request: Request) => {
  const user = await requireRole(AREA_ROLES.board);
  await recordExport(user.id, "event-figures.csv");
  const now = new Date();
  const figuresRequest = await readFiguresRequest(Object.fromEntries(new URL(request.url).searchParams), now);
  const figures = await getEventFigures({ ...figuresRequest, now });
  return new Response(figuresCsv(figures, figuresRequest), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="event-figures-${figuresRequest.from}-to-${figuresRequest.to}.csv"`,
    },
  });
};
