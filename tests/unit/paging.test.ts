import { describe, expect, it } from "vitest";
import { pageCount, pageHref, pageWindow, paginate, ZPage } from "@/lib/paging";

describe("page maths", () => {
  it("counts pages, with one page for an empty list", () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(75, 25)).toBe(3);
  });

  it("skips the rows of the pages before", () => {
    expect(pageWindow(1, 25)).toEqual({ skip: 0, take: 25 });
    expect(pageWindow(3, 25)).toEqual({ skip: 50, take: 25 });
  });

  it.each([
    [undefined, 1],
    ["", 1],
    ["2", 2],
    ["0", 1],
    ["-3", 1],
    ["1.5", 1],
    ["two", 1],
    ["100001", 1],
    [["2", "3"], 1],
  ])("reads the page number %j as %i", (value, page) => {
    expect(ZPage.parse(value)).toBe(page);
  });
});

describe("a page's address", () => {
  it("keeps the filters, leaves out empty ones and the old page, and gives page 1 the plain address", () => {
    expect(pageHref("/events", { area: "a1", kind: undefined, page: 7 }, 2)).toBe("/events?area=a1&page=2");
    expect(pageHref("/events", { area: "", kind: "DROP_IN" }, 1)).toBe("/events?kind=DROP_IN");
    expect(pageHref("/staff/events", {}, 1)).toBe("/staff/events");
  });

  it("encodes what people typed", () => {
    expect(pageHref("/admin/outbox", { q: "a&b c" }, 3)).toBe("/admin/outbox?q=a%26b+c&page=3");
  });
});

describe("reading one page", () => {
  const rows = Array.from({ length: 7 }, (_, i) => i + 1);
  const read = (page: number) =>
    paginate(
      page,
      3,
      async () => rows.length,
      async ({ skip, take }) => rows.slice(skip, skip + take),
    );

  it("gives the page asked for, with the total and the number of pages", async () => {
    expect(await read(2)).toEqual({ rows: [4, 5, 6], total: 7, page: 2, pages: 3 });
  });

  it("gives the last page for a page past the end", async () => {
    expect(await read(40)).toEqual({ rows: [7], total: 7, page: 3, pages: 3 });
  });

  it("gives an empty first page for an empty list", async () => {
    const empty = await paginate(
      5,
      3,
      async () => 0,
      async () => [],
    );
    expect(empty).toEqual({ rows: [], total: 0, page: 1, pages: 1 });
  });
});
