import { sectionImageResponse } from "@/lib/communications/section-image";

type Context = { params: Promise<{ id: string; position: string }> };

/** A sent newsletter's section picture, for the archive and the emailed copy; a draft's is never shown. */
export const GET = async (_request: Request, { params }: Context) => {
  const { id, position } = await params;
  return sectionImageResponse(id, position, "public");
};
