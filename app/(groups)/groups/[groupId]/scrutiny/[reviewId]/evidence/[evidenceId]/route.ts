import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { openEvidenceFile } from "@/lib/scrutiny/evidence-file";
import { fileNotFound, fileResponse } from "@/lib/files/file-response";

const id = z.string().min(1).max(50);
const ZEvidencePath = z.object({ groupId: id, reviewId: id, evidenceId: id });

type Params = { params: Promise<{ groupId: string; reviewId: string; evidenceId: string }> };

/** An evidence file, as the type its bytes were checked to be, for the panel's members and officers only. */
export const GET = async (_request: Request, { params }: Params) => {
  const parsed = ZEvidencePath.safeParse(await params);
  const file = parsed.success ? await openEvidenceFile(await getCurrentUser(), parsed.data) : null;
  return file ? fileResponse(file, "personal") : fileNotFound("file");
};
