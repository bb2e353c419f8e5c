import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { getRound } from "@/lib/measures/round-queries";

/** A survey round's page: the given roles only, and 404 for an unknown id. */
export const loadRound = async (params: Promise<{ id: string }>, roles: readonly Role[]) => {
  const user = await requireRole(roles);
  const { id } = await params;
  const round = await getRound(id);
  if (!round) notFound();
  return { user, round };
};
