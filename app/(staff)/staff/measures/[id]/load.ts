import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import type { Role } from "@/lib/generated/prisma/enums";

/** Every page under one survey round: the given roles only (staff unless said), and 404 for an unknown id. */
export const loadRound = async <T>(
  params: Promise<{ id: string }>,
  find: (id: string) => Promise<T | null>,
  roles: readonly Role[] = AREA_ROLES.staff,
) => {
  const user = await requireRole(roles);
  const { id } = await params;
  const round = await find(id);
  if (!round) notFound();
  return { user, round };
};
