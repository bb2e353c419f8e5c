import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { sectionImageResponse } from "@/lib/communications/section-image";

type Context = { params: Promise<{ id: string; position: string }> };

/** A draft's section picture, for officers previewing it. */
export const GET = async (_request: Request, { params }: Context) => {
  await requireRole(AREA_ROLES.staff);
  const { id, position } = await params;
  return sectionImageResponse(id, position, "staff");
};
