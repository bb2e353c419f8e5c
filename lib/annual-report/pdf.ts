import PDFDocument from "pdfkit";
import { CHART_SIZE, drawChart } from "@/lib/kpi/pdf-chart";
import { formatDate } from "@/lib/format";
import type { PdfLook } from "@/lib/landlord/pdf-look";
import type { ReportContent } from "./content";
import { SECTION_TITLE } from "./rules";
import { includedParts, sectionBody, sectionTiles, type ReportTable } from "./rows";

type Doc = InstanceType<typeof PDFDocument>;
type Struct = PDFKit.PDFStructureElement;

/** A4 portrait. Large print is 16 point text and up, as RNIB's clear print guidance asks; standard print is 11. */
const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const WIDTH = PAGE.width - 2 * PAGE.margin;
const INK = "#111827";
const BRAND = "#1f2937";

type Print = { body: number; h1: number; h2: number; h3: number; table: number };
const STANDARD: Print = { body: 11, h1: 24, h2: 18, h3: 13, table: 10 };
const LARGE: Print = { body: 16, h1: 32, h2: 24, h3: 20, table: 16 };

const writer = (doc: Doc, print: Print) => ({
  heading: (parent: Struct, text: string, level: 1 | 2 | 3, colour = INK) =>
    doc
      .font("Helvetica-Bold")
      .fontSize(print[`h${level}`])
      .fillColor(colour)
      .text(text, PAGE.margin, doc.y, { width: WIDTH, structParent: parent, structType: `H${level}` })
      .fillColor(INK)
      .moveDown(0.4),
  para: (parent: Struct, text: string) =>
    doc
      .font("Helvetica")
      .fontSize(print.body)
      .fillColor(INK)
      .text(text, PAGE.margin, doc.y, { width: WIDTH, structParent: parent, structType: "P", lineGap: 2 })
      .moveDown(0.5),
  /** A tagged table (Table, TR, TH, TD); pdfkit moves a row that does not fit to the next page whole. */
  table: (parent: Struct, table: ReportTable) => {
    doc.font("Helvetica").fontSize(print.table).fillColor(INK);
    doc.table({
      structParent: parent,
      position: { x: PAGE.margin, y: doc.y },
      maxWidth: WIDTH,
      defaultStyle: { padding: 4, border: 0.5, borderColor: "#6b7280" },
      data: [
        table.header.map((text) => ({
          text,
          type: "TH" as const,
          font: { src: "Helvetica-Bold" },
          backgroundColor: "#e5e7eb",
        })),
        ...table.rows,
      ],
    } as PDFKit.Mixins.TableOptionsWithData);
    doc.moveDown(0.8);
  },
});

const cover = (doc: Doc, root: Struct, content: ReportContent, look: PdfLook, write: ReturnType<typeof writer>) => {
  const section = doc.struct("Sect");
  root.add(section);
  const colour = look.colour ?? BRAND;
  doc.markContent("Artifact", { type: "Layout" });
  doc.rect(0, 0, PAGE.width, 100).fill(colour);
  doc.endMarkedContent();
  if (look.logo)
    section.add(
      doc.struct("Figure", { alt: `${content.landlordName} logo` }, () => {
        doc.image(look.logo as Buffer, PAGE.margin, 20, { fit: [180, 60] });
      }),
    );
  doc.y = 130;
  write.heading(section, `${content.landlordName}: our year ${content.yearLabel}`, 1, colour);
  write.para(section, `Our annual report to tenants for April ${content.year} to March ${content.year + 1}.`);
  write.para(
    section,
    content.publishedOn
      ? `Published on ${formatDate(new Date(content.publishedOn))}.`
      : "Draft: not yet published. Figures may still change.",
  );
  if (content.introduction) write.para(section, content.introduction);
  section.end();
};

const charts = (doc: Doc, section: Struct, content: ReportContent, part: ReportContent["parts"][number]) => {
  const featured = sectionTiles(content, part).filter((tile) => part.featured.includes(tile.code));
  for (const tile of featured) {
    if (PAGE.height - PAGE.margin - doc.y < CHART_SIZE.height + 20) doc.addPage();
    const y = doc.y;
    drawChart(doc, section, tile, PAGE.margin, y);
    doc.x = PAGE.margin;
    doc.y = y + CHART_SIZE.height + 16;
  }
};

const footer = (doc: Doc, content: ReportContent, print: Print) => {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Writing below the bottom margin would start a new page; the footer is placed inside the page instead.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("Helvetica")
      .fontSize(Math.min(print.body, 12))
      .fillColor(INK)
      .text(
        `${content.landlordName}, annual report ${content.yearLabel}. Page ${index + 1} of ${count}`,
        PAGE.margin,
        PAGE.height - 30,
        { width: WIDTH, align: "center" },
      );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
};

const toBuffer = (doc: Doc) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });

/**
 * The report as a tagged PDF in the landlord's colour with its logo: headings, paragraphs and tables a screen reader
 * can follow, each section from the same rows as the web page. Large print has bigger type and leaves out the
 * charts, whose figures are all in the tables.
 */
export const annualReportPdf = (content: ReportContent, look: PdfLook, { largePrint = false } = {}) => {
  const print = largePrint ? LARGE : STANDARD;
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    bufferPages: true,
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: `${content.landlordName}: annual report to tenants ${content.yearLabel}${largePrint ? " (large print)" : ""}`,
    },
  });
  const write = writer(doc, print);
  const root = doc.struct("Document");
  doc.addStructure(root);
  cover(doc, root, content, look, write);
  for (const part of includedParts(content)) {
    doc.addPage();
    const section = doc.struct("Sect");
    root.add(section);
    write.heading(section, SECTION_TITLE[part.section], 2);
    if (part.commentary) write.para(section, part.commentary);
    const body = sectionBody(content, part);
    for (const line of body.lines) write.para(section, line);
    for (const table of body.tables) {
      write.heading(section, table.caption, 3);
      if (table.rows.length === 0) write.para(section, "Nothing to show.");
      else write.table(section, table);
    }
    if (!largePrint) charts(doc, section, content, part);
    section.end();
  }
  root.end();
  footer(doc, content, print);
  return toBuffer(doc);
};
