import { escapeHtml } from "@/lib/html";
import { buildChart, tenth, type ChartPoint } from "./chart";
import type { KpiUnit } from "@/lib/generated/prisma/enums";

/**
 * The board's charts as SVG markup. Written as one string rather than as React elements: a chart is fifty elements,
 * and React renders each one twice for a signed-in page (the HTML and its payload), which made the charts half of the
 * board pages' rendering (`npm run bench -- http --profile`). The page inserts the string; nothing in it comes from
 * users except the KPI's code, which is escaped with every other text.
 */

type Charted = { code: string; unit: KpiUnit; history: ChartPoint[] };

type Attributes = Record<string, string | number>;

const element = (name: string, attributes: Attributes, content?: string) => {
  const written = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`)
    .join("");
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
};

const text = (attributes: Attributes, words: string) => element("text", attributes, escapeHtml(words));

/**
 * Bars coloured and marked by their own quarter's status, the target, and a value axis. Text takes its size, colour
 * and alignment from the groups around it and each set of lines is one path. Hidden from screen readers: the table
 * beside it holds the same figures.
 */
export const chartMarkup = (tile: Charted, className: string) => {
  const chart = buildChart(tile.history, tile.unit);
  const { plot } = chart;
  const grid = chart.ticks.map((tick) => `M${plot.left} ${tick.y}H${plot.right}`).join("");
  const target = chart.bars
    .map((bar, index) => {
      const next = chart.bars[index + 1];
      return bar.targetY === null ? "" : `M${bar.x - 4} ${bar.targetY}H${next ? next.x - 4 : plot.right}`;
    })
    .join("");
  const ticks = chart.ticks.map((tick) => text({ x: plot.left - 4, y: tick.y + 3 }, tick.label)).join("");
  const bars = chart.bars
    .map((bar) => {
      const [quarter = "", year = ""] = bar.label.split(" ");
      const middle = bar.x + bar.width / 2;
      const figure =
        bar.y === null
          ? ""
          : element("rect", {
              x: bar.x,
              y: bar.y,
              width: bar.width,
              height: bar.height,
              fill: bar.fill,
              "data-status": bar.rag,
            }) + text({ x: middle, y: bar.y - 3, "font-weight": "bold" }, bar.mark);
      return element(
        "g",
        {},
        figure + text({ x: middle, y: plot.bottom + 12 }, quarter) + text({ x: middle, y: plot.bottom + 24 }, year),
      );
    })
    .join("");
  const lastTargetY = chart.bars.at(-1)?.targetY;
  return element(
    "svg",
    {
      "aria-hidden": "true",
      viewBox: `0 0 ${chart.width} ${chart.height}`,
      class: className,
      "data-chart": tile.code,
      "font-size": 10,
      fill: "#111827",
    },
    [
      element("path", { d: grid, fill: "none", stroke: "#d1d5db" }),
      element("g", { "text-anchor": "end" }, ticks),
      element("g", { "text-anchor": "middle" }, bars),
      target &&
        element("path", { d: target, fill: "none", stroke: "#111827", "stroke-dasharray": "5 3", "stroke-width": 2 }),
      element("path", { d: `M${plot.left} ${plot.top}V${plot.bottom}H${plot.right}`, fill: "none", stroke: "#111827" }),
      chart.targetLabel && lastTargetY != null
        ? text({ x: plot.right + 4, y: lastTargetY + 3 }, chart.targetLabel)
        : "",
    ].join(""),
  );
};

/**
 * A tile's eight quarters at a glance, coloured by each quarter's status: one path per status, no axis (the trends
 * page has the full chart); the trend is in words beside it.
 */
export const sparkMarkup = (tile: Charted, className: string) => {
  const chart = buildChart(tile.history, tile.unit, { width: 160, height: 40 });
  const bottom = chart.height - 2;
  const scale = (bottom - 2) / (chart.plot.bottom - chart.plot.top);
  const paths = new Map<string, { rag: string; d: string }>();
  chart.bars.forEach((bar, index) => {
    if (bar.y === null) return;
    const height = tenth(Math.max(bar.height * scale, 1));
    const path = paths.get(bar.fill) ?? { rag: bar.rag, d: "" };
    path.d += `M${index * 20 + 2} ${tenth(bottom - height)}h16v${height}h-16z`;
    paths.set(bar.fill, path);
  });
  return element(
    "svg",
    { "aria-hidden": "true", viewBox: `0 0 ${chart.width} ${chart.height}`, class: className, "data-spark": tile.code },
    [...paths].map(([fill, { rag, d }]) => element("path", { d, fill, "data-status": rag })).join("") +
      element("line", { x1: 0, x2: chart.width, y1: bottom, y2: bottom, stroke: "#111827" }),
  );
};
