import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { photoResponse } from "@/lib/feedback/photo";

/** The photo sent with a piece of feedback, for the officers dealing with it. */
export const GET = async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  return photoResponse((await params).id.slice(0, 50));
};
