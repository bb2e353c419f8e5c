import type PDFDocument from "pdfkit";

/** A4 landscape: a board paper's tables have eight columns. */
export const PAGE = { width: 841.89, height: 595.28, margin: 40 };
export const WIDTH = PAGE.width - 2 * PAGE.margin;
export const INK = "#111827";

export type Doc = InstanceType<typeof PDFDocument>;
export type Struct = PDFKit.PDFStructureElement;

/** A heading tagged H1 to H3, so a screen reader can move through the paper by its sections. */
export const heading = (doc: Doc, parent: Struct, text: string, level: 1 | 2 | 3, colour = INK) =>
  doc
    .font("Helvetica-Bold")
    .fontSize(level === 1 ? 22 : level === 2 ? 16 : 12)
    .fillColor(colour)
    .text(text, PAGE.margin, doc.y, { width: WIDTH, structParent: parent, structType: `H${level}` })
    .fillColor(INK)
    .moveDown(0.4);

export const para = (doc: Doc, parent: Struct, text: string, options: PDFKit.Mixins.TextOptions = {}) =>
  doc
    .font(options.oblique ? "Helvetica-Oblique" : "Helvetica")
    .fontSize(10)
    .fillColor(INK)
    .text(text, PAGE.margin, doc.y, { width: WIDTH, structParent: parent, structType: "P", ...options })
    .moveDown(0.3);

/** Room left on the page above the bottom margin and the footer. */
export const roomLeft = (doc: Doc) => PAGE.height - PAGE.margin - 14 - doc.y;

/** Starts a new page unless `height` still fits, so that a block (a KPI's chart, a table) is never split. */
export const keepTogether = (doc: Doc, height: number) => {
  if (roomLeft(doc) < height) doc.addPage();
};

type Cell = string | { text: string; backgroundColor?: string; textColor?: string };

/**
 * A tagged table (Table, TR, TH, TD) with a header row. pdfkit moves a row that does not fit to the next page
 * whole, so no KPI's row is split; `widths` are the columns' shares of the page.
 */
export const table = (doc: Doc, parent: Struct, header: string[], rows: Cell[][], widths: number[]) => {
  const total = widths.reduce((sum, width) => sum + width, 0);
  doc.font("Helvetica").fontSize(9).fillColor(INK);
  const options = {
    structParent: parent,
    position: { x: PAGE.margin, y: doc.y },
    maxWidth: WIDTH,
    columnStyles: widths.map((width) => (width / total) * WIDTH),
    defaultStyle: { padding: 4, border: 0.5, borderColor: "#6b7280" },
    data: [
      header.map((text) => ({
        text,
        type: "TH" as const,
        font: { src: "Helvetica-Bold" },
        backgroundColor: "#e5e7eb",
      })),
      ...rows,
    ],
  };
  doc.table(options as PDFKit.Mixins.TableOptionsWithData);
  doc.moveDown(0.8);
};
