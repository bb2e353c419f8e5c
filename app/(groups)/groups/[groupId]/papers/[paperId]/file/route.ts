import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { openPaper } from "@/lib/groups/papers";
import { fileNotFound, fileResponse } from "@/lib/files/file-response";

const ZPaperPath = z.object({ groupId: z.string().min(1).max(50), paperId: z.string().min(1).max(50) });

/** Serves a group's PDF: a published one to anyone, an unpublished one to the group's members and officers only. */
export const GET = async (_request: Request, { params }: { params: Promise<{ groupId: string; paperId: string }> }) => {
  const parsed = ZPaperPath.safeParse(await params);
  const user = await getCurrentUser();
  const paper = parsed.success ? await openPaper(user, parsed.data.groupId, parsed.data.paperId) : null;
  return paper ? fileResponse({ ...paper, type: "application/pdf" }, "private") : fileNotFound("paper");
};
