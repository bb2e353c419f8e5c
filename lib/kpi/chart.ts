import type { KpiUnit } from "@/lib/generated/prisma/enums";
import type { Rag } from "./rules";

/**
 * A trend chart's geometry, worked out once for the screen (SVG) and the PDF (pdfkit) so that both draw the same
 * bars. Each bar takes its own quarter's status: a KPI red for eight quarters is eight red bars.
 */

// Each fill has at least 3:1 contrast with white (WCAG 1.4.11); the letter above each bar says the same in words.
export const RAG_FILL: Record<Rag, string> = {
  GREEN: "#166534",
  AMBER: "#b45309",
  RED: "#991b1b",
  NO_TARGET: "#4b5563",
  NO_DATA: "#4b5563",
  IN_PROGRESS: "#4b5563",
};

/** The mark above a bar, so that colour is never the only sign of a status. */
export const RAG_MARK: Record<Rag, string> = {
  GREEN: "G",
  AMBER: "A",
  RED: "R",
  NO_TARGET: "",
  NO_DATA: "",
  IN_PROGRESS: "…",
};

export const CHART_KEY = "G green, on target; A amber, just off; R red, off target; … quarter in progress.";

export type ChartPoint = { label: string; value: number | null; target: number | null; rag: Rag };

export type ChartBar = {
  label: string;
  rag: Rag;
  fill: string;
  mark: string;
  x: number;
  width: number;
  /** Null when the quarter has no figure: no bar, only its label. */
  y: number | null;
  height: number;
  targetY: number | null;
};

export type Chart = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; y: number; label: string }[];
  bars: ChartBar[];
  /** The latest quarter's target, written at the end of its line. */
  targetLabel: string | null;
};

/** A step of 1, 2 or 5 times a power of ten giving about four gridlines up to `max`. */
const niceStep = (max: number) => {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((multiple) => multiple * power >= raw) ?? 10;
  return step * power;
};

const compact = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });

export const axisLabel = (unit: KpiUnit, value: number) =>
  unit === "PERCENT"
    ? `${compact.format(value)}%`
    : unit === "MONEY"
      ? `£${compact.format(value)}`
      : compact.format(value);

/** A coordinate to a tenth of a unit: finer is invisible, and each is written twice into a page (HTML and payload). */
export const tenth = (coordinate: number) => Math.round(coordinate * 10) / 10;

export const buildChart = (
  points: ChartPoint[],
  unit: KpiUnit,
  size: { width: number; height: number } = { width: 440, height: 230 },
): Chart => {
  const plot = { left: 48, right: size.width - 56, top: 18, bottom: size.height - 30 };
  const highest = Math.max(1, ...points.flatMap((point) => [point.value ?? 0, point.target ?? 0]));
  const step = niceStep(highest);
  const top = Math.ceil(highest / step) * step;
  const y = (value: number) => tenth(plot.bottom - (value / top) * (plot.bottom - plot.top));
  const slot = (plot.right - plot.left) / Math.max(points.length, 1);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step).map((value) => ({
    value,
    y: y(value),
    label: axisLabel(unit, value),
  }));
  const bars = points.map((point, index): ChartBar => {
    const barY = point.value === null ? null : y(Math.max(point.value, 0));
    return {
      label: point.label,
      rag: point.rag,
      fill: RAG_FILL[point.rag],
      mark: RAG_MARK[point.rag],
      x: tenth(plot.left + index * slot + 4),
      width: tenth(slot - 8),
      y: barY,
      height: barY === null ? 0 : tenth(plot.bottom - barY),
      targetY: point.target === null ? null : y(point.target),
    };
  });
  const last = points.at(-1);
  const targetLabel = last?.target != null ? `Target ${axisLabel(unit, last.target)}` : null;
  return { width: size.width, height: size.height, plot, ticks, bars, targetLabel };
};
