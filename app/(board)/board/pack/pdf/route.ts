import { landlordPdfLook } from "@/lib/landlord/pdf-look";
import { packForDownload } from "@/lib/kpi/pack-request";
import { packPdf } from "@/lib/kpi/pack-pdf";

export const GET = async (request: Request) => {
  const { status, content, fileName } = await packForDownload(request);
  const pdf = await packPdf(content, status, await landlordPdfLook());
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}.pdf"`,
    },
  });
};
