import { describe, expect, it } from "vitest";
import { changeSections, MAX_SECTIONS, putSection } from "@/lib/communications/sections";

const list = (...headings: string[]) => headings.map((heading) => ({ heading, text: `${heading} text` }));
const headings = (result: ReturnType<typeof changeSections>) =>
  "sections" in result ? result.sections.map((s) => s.heading) : result.problem;

describe("rearranging a newsletter's sections", () => {
  it("moves a section up or down, not past either end", () => {
    expect(headings(changeSections(list("A", "B", "C"), 2, "up"))).toEqual(["A", "C", "B"]);
    expect(headings(changeSections(list("A", "B", "C"), 0, "down"))).toEqual(["B", "A", "C"]);
    expect(headings(changeSections(list("A", "B"), 0, "up"))).toBe("That section cannot move further.");
    expect(headings(changeSections(list("A", "B"), 1, "down"))).toBe("That section cannot move further.");
  });

  it("removes a section but never the last one, and knows only its own positions", () => {
    expect(headings(changeSections(list("A", "B"), 0, "remove"))).toEqual(["B"]);
    expect(headings(changeSections(list("A"), 0, "remove"))).toMatch(/at least one section/);
    expect(headings(changeSections(list("A"), 3, "remove"))).toBe("That section is not in this draft.");
  });

  it("replaces a section in place or adds one at the end, up to the most a newsletter may have", () => {
    expect(headings(putSection(list("A", "B"), 1, { heading: "Z", text: "z" }))).toEqual(["A", "Z"]);
    expect(headings(putSection(list("A"), "new", { heading: "Z", text: "z" }))).toEqual(["A", "Z"]);
    const full = list(...Array.from({ length: MAX_SECTIONS }, (_, n) => `S${n}`));
    expect(headings(putSection(full, "new", { heading: "Z", text: "z" }))).toMatch(/at most 12 sections/);
  });
});
