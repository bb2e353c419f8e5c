import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { openPaper } from "@/lib/groups/papers";

const ZPaperPath = z.object({ groupId: z.string().min(1).max(50), paperId: z.string().min(1).max(50) });

/** Serves a group's PDF: a published one to anyone, an unpublished one to the group's members and officers only. */
export const GET = async (_request: Request, { params }: { params: Promise<{ groupId: string; paperId: string }> }) => {
  const parsed = ZPaperPath.safeParse(await params);
  const user = await getCurrentUser();
  const paper = parsed.success ? await openPaper(user, parsed.data.groupId, parsed.data.paperId) : null;
  if (!paper)
    return new Response("We could not find that paper.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(new Uint8Array(paper.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${paper.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=300",
    },
  });
};
