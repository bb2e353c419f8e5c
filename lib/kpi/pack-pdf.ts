import PDFDocument from "pdfkit";
import type { PdfLook as PackLook } from "@/lib/landlord/pdf-look";
import { formatDate } from "@/lib/format";
import { ACTION_STATUS_LABEL } from "@/lib/strategy/rules";
import { RAG_FILL } from "./chart";
import { PACK_PAGES, unexplainedExceptions, type PackContent } from "./pack";
import { PACK_COLUMNS, packHeadline, packRow, scrutinyHeadline } from "./pack-rows";
import type { KpiTile } from "./queries";
import { isException, RAG_LABEL } from "./rules";
import { CHART_SIZE, drawChart } from "./pdf/chart";
import { heading, INK, keepTogether, PAGE, para, table, WIDTH, type Doc, type Struct } from "./pdf/layout";

const BRAND = "#1f2937";

const statusCell = (tile: KpiTile) => ({
  text: RAG_LABEL[tile.rag],
  backgroundColor: RAG_FILL[tile.rag],
  textColor: "#ffffff",
});

const kpiRows = (content: PackContent, tiles: KpiTile[]) =>
  tiles.map((tile) => {
    const row = packRow(tile, content.commentary[tile.code]);
    return [...row.slice(0, 6), statusCell(tile), row[7] as string];
  });

const KPI_WIDTHS = [18, 7, 8, 8, 8, 12, 10, 29];

const cover = (doc: Doc, root: Struct, content: PackContent, look: PackLook) => {
  const section = doc.struct("Sect");
  root.add(section);
  const colour = look.colour ?? BRAND;
  doc.markContent("Artifact", { type: "Layout" });
  doc.rect(0, 0, PAGE.width, 90).fill(colour);
  doc.endMarkedContent();
  if (look.logo)
    section.add(
      doc.struct("Figure", { alt: `${content.landlordName} logo` }, () => {
        doc.image(look.logo as Buffer, PAGE.margin, 15, { fit: [160, 60] });
      }),
    );
  doc.y = 110;
  heading(doc, section, `${content.landlordName}: quarterly performance report to the board`, 1, colour);
  heading(doc, section, content.period.label, 2);
  para(doc, section, `Prepared on ${formatDate(new Date(content.preparedOn))}.`);
  para(
    doc,
    section,
    content.signOff
      ? `Presented at the board meeting on ${formatDate(new Date(content.signOff.signedOffOn))}, chaired by ${content.signOff.signedOffBy}; minute ${content.signOff.minuteRef}.`
      : "Draft: not yet presented to the board. Figures may still change.",
  );
  const headline = packHeadline(content.tiles);
  heading(doc, section, "Headline", 2);
  para(doc, section, headline.sentence);
  table(
    doc,
    section,
    ["Status", "This quarter", "Last quarter"],
    [
      ["On target", String(headline.now.onTarget), String(headline.before.onTarget)],
      ["Amber: just off target", String(headline.now.amber), String(headline.before.amber)],
      ["Red: off target", String(headline.now.red), String(headline.before.red)],
      ["No status (no target, no figure or in progress)", String(headline.now.other), String(headline.before.other)],
    ],
    [3, 1, 1],
  );
};

/** `ownPage`: the KPI sections start a page each; the short parts after them follow on where there is room. */
type Part = { title: string; ownPage?: boolean; render: (doc: Doc, section: Struct) => void };

const exceptionsPart = (content: PackContent): Part => ({
  title: "Exceptions: what is off target and why",
  ownPage: true,
  render: (doc, section) => {
    const exceptions = content.tiles.filter((tile) => isException(tile.rag));
    if (exceptions.length === 0) return para(doc, section, "Every KPI with a target is on target.");
    para(doc, section, "Key KPIs first, then the furthest off target.");
    table(doc, section, [...PACK_COLUMNS], kpiRows(content, exceptions), KPI_WIDTHS);
    const unexplained = unexplainedExceptions(content);
    if (content.signOff?.unexplained && unexplained.length > 0)
      para(
        doc,
        section,
        `Why ${unexplained.map((tile) => tile.code).join(", ")} have no commentary: ${content.signOff.unexplained}`,
      );
  },
});

const charts = (doc: Doc, section: Struct, tiles: KpiTile[]) => {
  const perRow = Math.floor(WIDTH / (CHART_SIZE.width + 12));
  for (let index = 0; index < tiles.length; index += perRow) {
    keepTogether(doc, CHART_SIZE.height + 16);
    const y = doc.y;
    tiles.slice(index, index + perRow).forEach((tile, column) => {
      drawChart(doc, section, tile, PAGE.margin + column * (CHART_SIZE.width + 12), y);
    });
    doc.x = PAGE.margin;
    doc.y = y + CHART_SIZE.height + 16;
  }
};

const sectionParts = (content: PackContent): Part[] =>
  PACK_PAGES.filter((page) => page.key !== "STRATEGY").map((page) => ({
    title: page.title,
    ownPage: page.key !== "BUDGET",
    render: (doc, section) => {
      const tiles = content.tiles.filter((tile) => tile.section === page.key);
      if (tiles.length === 0) {
        para(doc, section, "No KPIs are reported in this section.");
        if (page.key === "BUDGET")
          para(doc, section, "The involvement budget and spend are reported here when officers enter them as KPIs.");
        return;
      }
      table(doc, section, [...PACK_COLUMNS], kpiRows(content, tiles), KPI_WIDTHS);
      heading(doc, section, "Trends over eight quarters", 3);
      para(
        doc,
        section,
        "Each bar is its own quarter's status: G green, A amber, R red. The dashed line is the target.",
      );
      charts(doc, section, tiles);
    },
  }));

const questionsPart = (content: PackContent): Part => ({
  title: "Questions from board members",
  render: (doc, section) => {
    const questions = content.questions ?? [];
    if (questions.length === 0) return para(doc, section, "No questions were asked before the meeting.");
    table(
      doc,
      section,
      ["About", "Question", "Asked by", "Answer"],
      questions.map((row) => [row.subject, row.question, row.askedBy, row.answer ?? "Not yet answered"]),
      [2, 4, 2, 4],
    );
  },
});

const scrutinyPart = (content: PackContent): Part => ({
  title: "Scrutiny: open and overdue actions",
  render: (doc, section) => {
    const scrutiny = content.scrutiny;
    if (!scrutiny) return para(doc, section, "Not part of this pack when it was presented.");
    para(doc, section, scrutinyHeadline(scrutiny));
    if (scrutiny.actions.length > 0)
      table(
        doc,
        section,
        ["Review", "Recommendation", "Action", "Owner", "Due", "Overdue"],
        scrutiny.actions.map((row) => [
          row.review,
          String(row.number),
          row.action,
          row.owner,
          row.dueOn ? formatDate(new Date(row.dueOn)) : "No date",
          row.overdue ? "Overdue" : "",
        ]),
        [3, 1, 5, 2, 1.5, 1],
      );
  },
});

const feedbackPart = (content: PackContent): Part => ({
  title: "Feedback themes this quarter",
  render: (doc, section) => {
    const feedback = content.feedback;
    if (!feedback) return para(doc, section, "Not part of this pack when it was presented.");
    if (feedback.length === 0) return para(doc, section, "No feedback was received this quarter.");
    table(
      doc,
      section,
      ["Service", "Compliments", "Complaints", "Comments and suggestions"],
      feedback.map((row) => [row.serviceArea, String(row.compliments), String(row.complaints), String(row.other)]),
      [3, 1, 1, 1],
    );
  },
});

const share = (value: number | null) => (value === null ? "hidden" : `${value}%`);

const reachPart = (content: PackContent): Part => ({
  title: "Who takes part",
  render: (doc, section) => {
    const reach = content.reach;
    if (!reach) return para(doc, section, "Not part of this pack when it was presented.");
    para(doc, section, `${reach.involved} people took part in ${reach.period} out of ${reach.customers} customers.`);
    if (reach.seldomHeard.length === 0)
      return para(doc, section, `No group is under-represented by ${reach.gapPoints} percentage points or more.`);
    para(
      doc,
      section,
      `Seldom heard: groups ${reach.gapPoints} or more percentage points below their share of customers.`,
    );
    table(
      doc,
      section,
      ["Group", "Share of customers", "Share of those involved", "Gap in points"],
      reach.seldomHeard.map((row) => [
        `${row.dimension}: ${row.label}`,
        share(row.customerShare),
        share(row.involvedShare),
        row.gap === null ? "hidden" : String(row.gap),
      ]),
      [4, 2, 2, 1.5],
    );
  },
});

const surveyPart = (content: PackContent): Part => ({
  title: "Latest survey results",
  render: (doc, section) => {
    const measures = content.tiles.filter((tile) => tile.source === "PERCEPTION_MEASURE");
    if (measures.length === 0) return para(doc, section, "No KPI reports a perception survey measure.");
    table(
      doc,
      section,
      ["Measure", "Result", "Status", "Survey"],
      measures.map((tile) => [`${tile.code} ${tile.name}`, tile.shown, statusCell(tile), tile.provenance]),
      [4, 1, 2, 5],
    );
  },
});

const strategyPart = (content: PackContent): Part => ({
  title: "Strategy action plan",
  render: (doc, section) => {
    const strategy = content.strategy;
    if (!strategy) return para(doc, section, "There is no approved strategy to report on.");
    para(doc, section, strategy.title);
    if (!strategy.hasPlan) para(doc, section, "There is no action plan for this year.");
    if (strategy.progress.length > 0)
      table(
        doc,
        section,
        ["Priority", "Actions", "Complete", "At risk or off track"],
        strategy.progress.map((row) => [
          `${row.number}: ${row.title}`,
          String(row.total),
          String(row.counts.COMPLETE ?? 0),
          String((row.counts.AT_RISK ?? 0) + (row.counts.OFF_TRACK ?? 0)),
        ]),
        [5, 1, 1, 1],
      );
    if (strategy.exceptions.length === 0) return para(doc, section, "No actions are at risk, off track or overdue.");
    table(
      doc,
      section,
      ["Action", "Owner", "Target date", "Status"],
      strategy.exceptions.map((row) => [
        `Priority ${row.priority}: ${row.title}`,
        row.owner,
        `${formatDate(new Date(row.targetOn))}${row.overdue ? " (overdue)" : ""}`,
        ACTION_STATUS_LABEL[row.status],
      ]),
      [5, 2, 2, 1.5],
    );
  },
});

/** The paper's parts after the cover and contents, each starting a page, in the order boards read them. */
const parts = (content: PackContent): Part[] => {
  const kpiSections = sectionParts(content);
  const budget = kpiSections.pop() as Part;
  return [
    exceptionsPart(content),
    ...kpiSections,
    questionsPart(content),
    scrutinyPart(content),
    feedbackPart(content),
    reachPart(content),
    surveyPart(content),
    strategyPart(content),
    budget,
  ];
};

const footer = (doc: Doc, content: PackContent) => {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Writing below the bottom margin would start a new page; the footer is placed inside the page instead.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(INK)
      .text(
        `${content.landlordName}, ${content.period.label}. Page ${index + 1} of ${count}`,
        PAGE.margin,
        PAGE.height - 24,
        {
          width: WIDTH,
          align: "center",
        },
      );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
};

/** One rendering; returns where each part started so a second rendering can print the contents page. */
const render = (content: PackContent, status: "PRESENTED" | "DRAFT", look: PackLook, pages: Map<string, number>) => {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: PAGE.margin,
    bufferPages: true,
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: `${content.landlordName}: performance report to the board, ${content.period.label}` },
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  cover(doc, root, content, look);
  if (status === "DRAFT" && !content.signOff)
    para(doc, root, "This draft is not the presented pack.", { oblique: true });
  doc.addPage();
  const contents = doc.struct("Sect");
  root.add(contents);
  heading(doc, contents, "Contents", 2);
  const list = parts(content);
  table(
    doc,
    contents,
    ["Section", "Page"],
    list.map((part) => [part.title, String(pages.get(part.title) ?? "")]),
    [6, 1],
  );
  const started = new Map<string, number>();
  for (const part of list) {
    if (part.ownPage) doc.addPage();
    else {
      doc.moveDown(1.5);
      keepTogether(doc, 140);
    }
    started.set(part.title, doc.bufferedPageRange().count);
    const section = doc.struct("Sect");
    root.add(section);
    heading(doc, section, part.title, 2);
    part.render(doc, section);
    section.end();
  }
  contents.end();
  root.end();
  footer(doc, content);
  return { doc, started };
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
 * The pack as a tagged A4 board paper: a cover with the headline, a contents page, the exceptions with their
 * commentary, then per section a table and its charts, then questions, scrutiny, feedback, who takes part, survey, strategy and
 * budget. Rendered twice: the first pass finds the page each part starts on for the contents page.
 */
export const packPdf = async (
  content: PackContent,
  status: "PRESENTED" | "DRAFT",
  look: PackLook = { colour: null, logo: null },
): Promise<Buffer> => {
  const first = render(content, status, look, new Map());
  await toBuffer(first.doc);
  return toBuffer(render(content, status, look, first.started).doc);
};
