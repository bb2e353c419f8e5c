import PDFDocument from "pdfkit";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/csv";
import { formatDate } from "@/lib/format";
import { letterParts, type Content } from "./render-message";

const MARGIN = 57; // 20 mm
const WIDTH = 595.28 - 2 * MARGIN;
/** Where a DL window envelope shows the address: 20 mm in, 50 mm down. */
const ADDRESS_TOP = 142;
/** Standard letters in 12 point; large print in 18, as RNIB's clear print guidance advises at least 16. */
const FONT_SIZE = { standard: 12, large: 18 } as const;

export type PrintSize = keyof typeof FONT_SIZE;

type Letter = { address: string; firstName: string; customerId: string };

const lettersOf = (communicationId: string, largePrint?: boolean) =>
  db.delivery.findMany({
    where: {
      communicationId,
      channel: "LETTER",
      status: { not: "FAILED" },
      ...(largePrint !== undefined && { largePrint }),
    },
    select: {
      address: true,
      customerId: true,
      largePrint: true,
      customer: { select: { firstName: true, reference: true } },
    },
    orderBy: { address: "asc" },
  });

/** A printed picture fits the text's width and at most a third of the page's height. */
const IMAGE_HEIGHT = 260;

/**
 * One A4 letter per person in the print group, each starting on a new page with its address in the window.
 * `images` holds each section's picture by position (lib/communications/section-image.ts).
 */
export const lettersPdf = async (
  content: Content,
  size: PrintSize,
  sentAt: Date,
  images: ReadonlyMap<number, Buffer> = new Map(),
): Promise<Buffer> => {
  const letters: Letter[] = (await lettersOf(content.id, size === "large")).map((l) => ({
    address: l.address,
    customerId: l.customerId,
    firstName: l.customer.firstName,
  }));
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: content.title }, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    const fontSize = FONT_SIZE[size];
    for (const letter of letters) {
      doc.addPage();
      doc
        .font("Helvetica")
        .fontSize(fontSize)
        .text(letter.address, MARGIN, ADDRESS_TOP, { width: WIDTH / 2 });
      doc.moveDown(2).text(formatDate(sentAt), { width: WIDTH }).moveDown();
      doc
        .font("Helvetica-Bold")
        .fontSize(fontSize + 4)
        .text(content.title, { width: WIDTH })
        .moveDown(0.5);
      for (const part of letterParts(content, letter)) {
        if (part.kind === "image") {
          const image = images.get(part.position);
          if (!image) continue;
          if (doc.y + IMAGE_HEIGHT > doc.page.height - MARGIN) doc.addPage();
          doc.image(image, MARGIN, doc.y, { fit: [WIDTH, IMAGE_HEIGHT] });
          doc.moveDown();
          continue;
        }
        doc
          .font(part.kind === "heading" ? "Helvetica-Bold" : "Helvetica")
          .fontSize(part.kind === "heading" ? fontSize + 2 : fontSize)
          .text(part.text, MARGIN, doc.y, { width: WIDTH, lineGap: fontSize / 3 })
          .moveDown(0.5);
      }
    }
    if (letters.length === 0) doc.addPage().fontSize(12).text("Nobody in this group gets this by post.");
    doc.end();
  });
};

/** The letters' addresses for a mail merge: one row per letter, address lines in columns, and the print size. */
export const lettersCsv = async (communicationId: string) => {
  const letters = await lettersOf(communicationId);
  return toCsv([
    [
      "Customer reference",
      "Name",
      "Address line 1",
      "Address line 2",
      "Address line 3",
      "Address line 4",
      "Large print",
    ],
    ...letters.map((letter) => {
      const [name = "", ...lines] = letter.address.split("\n");
      const padded = [...lines, "", "", "", ""].slice(0, 4);
      return [letter.customer.reference, name, ...padded, letter.largePrint ? "Yes" : "No"];
    }),
  ]);
};
