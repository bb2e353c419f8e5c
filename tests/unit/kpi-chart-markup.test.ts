import { describe, expect, it } from "vitest";
import type { ChartPoint } from "@/lib/kpi/chart";
import { chartMarkup, sparkMarkup } from "@/lib/kpi/chart-markup";

const history: ChartPoint[] = [
  { label: "Q3 2025/26", value: 40, target: 50, rag: "RED" },
  { label: "Q4 2025/26", value: null, target: 50, rag: "NO_DATA" },
  { label: "Q1 2026/27", value: 48, target: 50, rag: "AMBER" },
  { label: "Q2 2026/27", value: 55, target: 50, rag: "GREEN" },
];
const tile = { code: "INV01", unit: "PERCENT" as const, history };

const all = (markup: string, pattern: RegExp) => [...markup.matchAll(pattern)].map((match) => match[1]);

describe("the board's charts as markup", () => {
  it("draws one bar per quarter with a figure, each marked with its own quarter's status", () => {
    const markup = chartMarkup(tile, "w-full");
    expect(all(markup, /<rect [^>]*data-status="([A-Z_]+)"/g)).toEqual(["RED", "AMBER", "GREEN"]);
    expect(all(markup, /font-weight="bold">([^<]*)</g)).toEqual(["R", "A", "G"]);
    // Every quarter keeps its label, the empty one too.
    expect(all(markup, /<text [^>]*>(Q\d)<\/text>/g)).toEqual(["Q3", "Q4", "Q1", "Q2"]);
    expect(markup).toContain('stroke-dasharray="5 3"');
    expect(markup).toContain(">Target 50%</text>");
    expect(markup).toMatch(/^<svg aria-hidden="true" viewBox="0 0 440 230" class="w-full" data-chart="INV01"/);
  });

  it("leaves out the target line when no quarter has a target", () => {
    const markup = chartMarkup({ ...tile, history: history.map((point) => ({ ...point, target: null })) }, "");
    expect(markup).not.toContain("stroke-dasharray");
    expect(markup).not.toContain("Target");
  });

  it("escapes every text and attribute it writes", () => {
    const markup = chartMarkup({ ...tile, code: `"><script>alert(1)</script>` }, "a&b");
    expect(markup).not.toContain("<script>");
    expect(markup).toContain('data-chart="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(markup).toContain('class="a&amp;b"');
  });

  it("draws a tile's small picture as one path per status", () => {
    const markup = sparkMarkup(tile, "h-10 w-40");
    expect(all(markup, /<path [^>]*data-status="([A-Z_]+)"/g)).toEqual(["RED", "AMBER", "GREEN"]);
    expect(markup).toContain('data-spark="INV01"');
  });
});
