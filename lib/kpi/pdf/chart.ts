import { buildChart } from "../chart";
import type { KpiTile } from "../queries";
import { RAG_LABEL } from "../rules";
import { INK, type Doc, type Struct } from "./layout";

export const CHART_SIZE = { width: 240, height: 150 };

/** What a screen reader is told instead of the picture: the same figures and statuses as the section's table. */
const altText = (tile: KpiTile) =>
  `Bar chart of ${tile.code} ${tile.name} over ${tile.history.length} quarters: ${tile.history
    .map((point) => `${point.label} ${point.shown}, ${RAG_LABEL[point.rag]}`)
    .join("; ")}.`;

/**
 * One KPI's chart at (x, y), drawn from the same geometry as the screen's: bars in their own quarter's colour with
 * a letter above each, the target as a dashed line, and a value axis. Tagged as a Figure with its figures as text.
 */
export const drawChart = (doc: Doc, parent: Struct, tile: KpiTile, x: number, y: number) => {
  const chart = buildChart(tile.history, tile.unit, CHART_SIZE);
  const { plot } = chart;
  const draw = () => {
    doc.save().translate(x, y);
    doc.font("Helvetica-Bold").fontSize(8).fillColor(INK).text(`${tile.code} ${tile.name}`, 0, 0, {
      width: chart.width,
      height: 12,
      ellipsis: true,
      lineBreak: false,
    });
    doc.font("Helvetica").fontSize(6.5);
    for (const tick of chart.ticks) {
      doc.moveTo(plot.left, tick.y).lineTo(plot.right, tick.y).lineWidth(0.3).strokeColor("#9ca3af").stroke();
      doc.fillColor(INK).text(tick.label, 0, tick.y - 3, { width: plot.left - 3, align: "right", lineBreak: false });
    }
    chart.bars.forEach((bar, index) => {
      const next = chart.bars[index + 1];
      if (bar.y !== null) {
        doc.rect(bar.x, bar.y, bar.width, bar.height).fillColor(bar.fill).fill();
        doc
          .font("Helvetica-Bold")
          .fillColor(INK)
          .text(bar.mark, bar.x, bar.y - 8, {
            width: bar.width,
            align: "center",
            lineBreak: false,
          });
      }
      if (bar.targetY !== null)
        doc
          .moveTo(bar.x - 4, bar.targetY)
          .lineTo(next ? next.x - 4 : plot.right, bar.targetY)
          .dash(3, { space: 2 })
          .lineWidth(1.2)
          .strokeColor(INK)
          .stroke()
          .undash();
      const [quarter, year] = bar.label.split(" ");
      doc.font("Helvetica").fillColor(INK);
      doc.text(quarter ?? "", bar.x - 4, plot.bottom + 3, { width: bar.width + 8, align: "center", lineBreak: false });
      doc.text(year ?? "", bar.x - 4, plot.bottom + 11, { width: bar.width + 8, align: "center", lineBreak: false });
    });
    doc.moveTo(plot.left, plot.bottom).lineTo(plot.right, plot.bottom).lineWidth(0.8).strokeColor(INK).stroke();
    const lastTarget = chart.bars.at(-1)?.targetY;
    if (chart.targetLabel && lastTarget != null)
      doc.text(chart.targetLabel, plot.right + 3, lastTarget - 3, { width: 56, lineBreak: false });
    doc.restore();
  };
  parent.add(doc.struct("Figure", { alt: altText(tile) }, draw));
};
