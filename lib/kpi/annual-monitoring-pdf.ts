import PDFDocument from "pdfkit";
import { formatDate } from "@/lib/format";
import { heading, PAGE, para, table } from "./pdf/layout";
import { ACTION_STATUS_LABEL } from "@/lib/strategy/rules";
import { financialYearLabel } from "@/lib/uk-time";
import type { AnnualMonitoringReport } from "@/lib/monitoring/annual-report";
import { BODY_LABEL, OUTCOME_LABEL, periodLabel, RATING_LABEL } from "@/lib/monitoring/rules";

const STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETE"] as const;

/** The annual monitoring report as a tagged A4 paper in the board pack's style (its headings, text and tables). */
export const annualMonitoringPdf = (report: AnnualMonitoringReport, landlordName: string): Promise<Buffer> => {
  const title = `Annual monitoring report ${financialYearLabel(report.year)}`;
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: PAGE.margin,
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: `${landlordName}: ${title}` },
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  heading(doc, root, title, 1);
  para(doc, root, `${landlordName}. ${report.strategy.title}.`);
  para(doc, root, `Monitoring group: ${report.strategy.monitoringGroup ?? "none named"}.`);
  heading(doc, root, "The monitoring group's reviews", 2);
  if (report.reviews.length === 0) para(doc, root, "The group has not reviewed any period of this year yet.");
  else
    table(
      doc,
      root,
      ["Period", "Decision", "Rating", "Actions rated", "Note"],
      report.reviews.map((r) => [
        periodLabel(report.year, r.quarter),
        r.outcome && r.decidedOn ? `${OUTCOME_LABEL[r.outcome]} ${formatDate(r.decidedOn)}` : "Not decided yet",
        r.rating ? RATING_LABEL[r.rating] : "",
        String(r._count.notes),
        r.outcomeNote ?? "",
      ]),
      [2, 2, 1.2, 1, 5],
    );
  heading(doc, root, "Progress by priority", 2);
  if (report.progress.length === 0) para(doc, root, "There is no action plan for this year.");
  else
    table(
      doc,
      root,
      ["Priority", ...STATUSES.map((status) => ACTION_STATUS_LABEL[status]), "Total"],
      report.progress.map((p) => [
        `${p.number}. ${p.title}`,
        ...STATUSES.map((status) => String(p.counts[status] ?? 0)),
        String(p.total),
      ]),
      [4, 1, 1, 1, 1, 1, 1],
    );
  heading(doc, root, "Where this report went", 2);
  para(
    doc,
    root,
    report.presentations.length === 0
      ? "Not yet presented."
      : report.presentations
          .map(
            (p) =>
              `${BODY_LABEL[p.body]}: ${p.meeting}, ${formatDate(p.presentedOn)}${p.minuteRef ? `, minute ${p.minuteRef}` : ""}.`,
          )
          .join("\n"),
  );
  root.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
};
