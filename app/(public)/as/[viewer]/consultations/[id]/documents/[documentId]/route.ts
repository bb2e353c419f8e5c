import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { openDocument } from "@/lib/consultations/documents";

const ZDocumentPath = z.object({ id: z.string().min(1).max(50), documentId: z.string().min(1).max(50) });

/** Serves an attached PDF to whoever may see its consultation, opened in the browser's own PDF viewer. */
export const GET = async (_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) => {
  const parsed = ZDocumentPath.safeParse(await params);
  const user = await getCurrentUser();
  const document = parsed.success
    ? await openDocument({ consultationId: parsed.data.id, documentId: parsed.data.documentId }, user?.role ?? null)
    : null;
  if (!document)
    return new Response("We could not find that document.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(new Uint8Array(document.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${document.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=300",
    },
  });
};
