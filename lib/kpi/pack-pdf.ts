import PDFDocument from "pdfkit";
import { ACTION_STATUS_LABEL } from "@/lib/strategy/rules";
import { count, formatDate } from "@/lib/format";
import { outcomeLabel } from "@/lib/outcomes/standards";
import { PACK_PAGES, type PackContent, type PackPage } from "./pack";
import type { KpiTile } from "./queries";
import { isException, RAG_LABEL, targetShown, trendWords } from "./rules";

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;

// The standard PDF fonts have no arrows: the trend is written in words, which is what a printed page needs anyway.
const tileLines = (tile: KpiTile) => [
  `This quarter: ${tile.shown}`,
  `Target: ${targetShown(tile.unit, tile.target)}. Status: ${RAG_LABEL[tile.rag]}`,
  `Against last quarter: ${trendWords(tile.lastQuarter.trend, tile.lastQuarter.shown)}`,
  `Against the same quarter last year: ${trendWords(tile.lastYear.trend, tile.lastYear.shown)}`,
];

const heading = (doc: PDFKit.PDFDocument, text: string, size: number) =>
  doc.font("Helvetica-Bold").fontSize(size).text(text, { width: WIDTH }).moveDown(0.4);

const body = (doc: PDFKit.PDFDocument, text: string, options: PDFKit.Mixins.TextOptions = {}) =>
  doc
    .font("Helvetica")
    .fontSize(10)
    .text(text, { width: WIDTH, ...options });

const kpiBlock = (doc: PDFKit.PDFDocument, tile: KpiTile, commentary: string | undefined) => {
  doc.font("Helvetica-Bold").fontSize(11).text(`${tile.code} ${tile.name}`, { width: WIDTH });
  for (const line of tileLines(tile)) body(doc, line);
  if (isException(tile.rag)) body(doc, `Commentary: ${commentary ?? "None given."}`, { oblique: true });
  doc.moveDown(0.6);
};

const strategyPage = (doc: PDFKit.PDFDocument, content: PackContent) => {
  const strategy = content.strategy;
  if (!strategy) return body(doc, "There is no approved strategy to report on.");
  body(doc, strategy.title).moveDown(0.5);
  if (!strategy.hasPlan) body(doc, "There is no action plan for this year.");
  for (const priority of strategy.progress) {
    const counts = Object.entries(priority.counts).map(
      ([status, count]) => `${ACTION_STATUS_LABEL[status as keyof typeof ACTION_STATUS_LABEL]} ${count}`,
    );
    body(
      doc,
      `Priority ${priority.number}: ${priority.title}. ${count(priority.total, "action")}${counts.length ? `: ${counts.join(", ")}` : ""}.`,
    );
  }
  doc.moveDown(0.5);
  heading(doc, "Exceptions", 12);
  if (strategy.exceptions.length === 0) body(doc, "No actions are at risk, off track or overdue.");
  for (const action of strategy.exceptions) {
    body(
      doc,
      `Priority ${action.priority}: ${action.title} (${action.owner}). Target ${formatDate(new Date(action.targetOn))}${action.overdue ? ", overdue" : ""}. ${ACTION_STATUS_LABEL[action.status]}.`,
    );
  }
};

const sectionPage = (doc: PDFKit.PDFDocument, content: PackContent, page: PackPage) => {
  heading(doc, page.title, 16);
  if (page.key === "STRATEGY") return strategyPage(doc, content);
  const tiles = content.tiles.filter((tile) => tile.section === page.key);
  if (tiles.length === 0) body(doc, "No KPIs are reported in this section.");
  for (const tile of tiles) kpiBlock(doc, tile, content.commentary[tile.code]);
};

const coverPage = (doc: PDFKit.PDFDocument, content: PackContent, status: "PRESENTED" | "DRAFT") => {
  heading(doc, content.landlordName, 20);
  heading(doc, `Quarterly performance pack: ${content.period.label}`, 16);
  body(doc, `Prepared on ${formatDate(new Date(content.preparedOn))}.`);
  body(
    doc,
    content.signOff
      ? `Signed off by ${content.signOff.signedOffBy} on ${formatDate(new Date(content.signOff.signedOffOn))}, minute ${content.signOff.minuteRef}.`
      : status === "DRAFT"
        ? "Draft: not yet presented to the board. Figures may still change."
        : "",
  );
  doc.moveDown();
  const exceptions = content.tiles.filter((tile) => isException(tile.rag));
  heading(doc, `Exceptions (${exceptions.length})`, 12);
  if (exceptions.length === 0) body(doc, "Every KPI with a target is on target.");
  for (const tile of exceptions) body(doc, `${tile.code} ${tile.name}: ${tile.shown}, ${RAG_LABEL[tile.rag]}`);
  const outcomes = [...new Set(content.tiles.flatMap((tile) => tile.outcomeCodes))];
  if (outcomes.length > 0) {
    doc.moveDown();
    heading(doc, "Outcomes these KPIs evidence", 12);
    for (const code of outcomes) body(doc, outcomeLabel(code));
  }
};

/** The pack as an A4 PDF: a cover, then one page per section, each page numbered "Page n of m". */
export const packPdf = (content: PackContent, status: "PRESENTED" | "DRAFT"): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      bufferPages: true,
      info: { Title: `${content.landlordName}: performance pack, ${content.period.label}` },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    coverPage(doc, content, status);
    for (const page of PACK_PAGES) {
      doc.addPage();
      sectionPage(doc, content, page);
    }
    const { start, count } = doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      doc.switchToPage(index);
      // Writing below the bottom margin would start a new page; the footer is placed inside the page instead.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font("Helvetica")
        .fontSize(9)
        .text(
          `${content.landlordName}, ${content.period.label}. Page ${index + 1} of ${count}`,
          MARGIN,
          doc.page.height - 30,
          { width: WIDTH, align: "center" },
        );
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
