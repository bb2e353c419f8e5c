import { describe, expect, it } from "vitest";
import { csvDate, csvDateTime, neutraliseCell, toCsv } from "@/lib/csv";

describe("neutralising spreadsheet formulas", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-cmd", "'-cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "\t'=1"],
    ["\r=1", "\r'=1"],
    ["  =1+1", "  '=1+1"],
    ["ok;=HYPERLINK(1)", "ok;'=HYPERLINK(1)"],
    ["ok; +1", "ok; '+1"],
    ["＝1+1", "'＝1+1"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠A1", "'＠A1"],
  ])("%j becomes %j", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it("leaves ordinary text and plain numbers alone", () => {
    expect(neutraliseCell("Bins - weekly")).toBe("Bins - weekly");
    expect(neutraliseCell("-3")).toBe("-3");
    expect(neutraliseCell("12.5")).toBe("12.5");
    expect(neutraliseCell("a@b.test")).toBe("a@b.test");
  });
});

describe("CSV files as Excel opens them", () => {
  it("starts with a byte-order mark, quotes separators and ends lines with CRLF", () => {
    const csv = toCsv([
      ["name", "note"],
      ["Zoë £5", "a,b;=1"],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(`name,note\r\nZoë £5,"a,b;'=1"\r\n`);
  });

  it("writes UK dates and times in UK time, summer and winter", () => {
    expect(csvDateTime(new Date("2026-11-27T14:05:00Z"))).toBe("27/11/2026 14:05");
    expect(csvDateTime(new Date("2026-07-01T23:30:00Z"))).toBe("02/07/2026 00:30");
    expect(csvDateTime(null)).toBe("");
    expect(csvDate("2026-04-01")).toBe("01/04/2026");
    expect(csvDate(new Date("2026-04-01T00:00:00Z"))).toBe("01/04/2026");
  });
});
