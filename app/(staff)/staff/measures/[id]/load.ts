import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getRoundOverview } from "@/lib/measures/rounds/queries";

/** Every page under one survey round: staff only, and 404 for an unknown id. */
export const loadRound = async (params: Promise<{ id: string }>) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const round = await getRoundOverview(id);
  if (!round) notFound();
  return round;
};
