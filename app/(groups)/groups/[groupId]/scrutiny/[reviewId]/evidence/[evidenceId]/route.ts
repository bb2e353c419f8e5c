import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { openEvidenceFile } from "@/lib/scrutiny/evidence-file";

const id = z.string().min(1).max(50);
const ZEvidencePath = z.object({ groupId: id, reviewId: id, evidenceId: id });

type Params = { params: Promise<{ groupId: string; reviewId: string; evidenceId: string }> };

/** An evidence file, as the type its bytes were checked to be, for the panel's members and officers only. */
export const GET = async (_request: Request, { params }: Params) => {
  const parsed = ZEvidencePath.safeParse(await params);
  const file = parsed.success ? await openEvidenceFile(await getCurrentUser(), parsed.data) : null;
  if (!file)
    return new Response("We could not find that file.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `inline; filename="${file.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
};
