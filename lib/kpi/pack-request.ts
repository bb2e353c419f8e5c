import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { readBoardQuery } from "./board-request";
import { getPack } from "./pack";
import { quarterKey } from "./rules";

/** The pack a download asked for, after checking the role: route handlers are reachable directly. */
export const packForDownload = async (request: Request) => {
  await requireRole(AREA_ROLES.board);
  const now = new Date();
  const { quarter } = await readBoardQuery(Object.fromEntries(new URL(request.url).searchParams), now);
  const pack = await getPack(quarter, now);
  return { ...pack, fileName: `performance-pack-${quarterKey(quarter)}` };
};
