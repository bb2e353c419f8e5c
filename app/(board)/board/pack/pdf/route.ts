import { db } from "@/lib/db";
import { packForDownload } from "@/lib/kpi/pack-request";
import { packPdf } from "@/lib/kpi/pack-pdf";

/** pdfkit draws PNG and JPEG only: an SVG logo (a same-site path) is left off the cover rather than failing. */
const landlordLook = async () => {
  const landlord = await db.landlord.findUnique({
    where: { id: 1 },
    select: { brandColour: true, logoImage: true, logoType: true },
  });
  const drawable = landlord?.logoImage && /^image\/(png|jpeg)$/.test(landlord.logoType ?? "");
  return {
    colour: landlord?.brandColour ?? null,
    logo: drawable ? Buffer.from(landlord.logoImage as Uint8Array) : null,
  };
};

export const GET = async (request: Request) => {
  const { status, content, fileName } = await packForDownload(request);
  const pdf = await packPdf(content, status, await landlordLook());
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}.pdf"`,
    },
  });
};
