import { db } from "@/lib/db";

/** The landlord's colour and logo for a PDF (a PNG or JPEG upload: pdfkit cannot draw SVG). */
export type PdfLook = { colour: string | null; logo: Buffer | null };

/** An SVG logo (a same-site path) is left off rather than failing the document. */
export const landlordPdfLook = async (): Promise<PdfLook> => {
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
