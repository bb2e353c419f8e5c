import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { openDocument } from "@/lib/consultations/documents";
import { fileNotFound, fileResponse } from "@/lib/files/file-response";

const ZDocumentPath = z.object({ id: z.string().min(1).max(50), documentId: z.string().min(1).max(50) });

/** Serves an attached PDF to whoever may see its consultation, opened in the browser's own PDF viewer. */
export const GET = async (_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) => {
  const parsed = ZDocumentPath.safeParse(await params);
  const user = await getCurrentUser();
  const document = parsed.success
    ? await openDocument({ consultationId: parsed.data.id, documentId: parsed.data.documentId }, user?.role ?? null)
    : null;
  return document ? fileResponse({ ...document, type: "application/pdf" }, "private") : fileNotFound("document");
};
