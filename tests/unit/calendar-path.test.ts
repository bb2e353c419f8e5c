import { describe, expect, it } from "vitest";
import { calendarChoicePath, calendarPath, readCalendarChoice } from "@/lib/events/calendar-path";

const pathFor = (query: string) => calendarChoicePath(new URLSearchParams(query));

describe("calendarChoicePath", () => {
  it("gives one path per choice, whatever the order of the query or the stray parameters in it", () => {
    expect(pathFor("")).toBe("/events/find/all/all/1");
    expect(pathFor("page=2&kind=DROP_IN&area=cm0abc123")).toBe("/events/find/cm0abc123/DROP_IN/2");
    expect(pathFor("area=cm0abc123&utm_source=email&kind=DROP_IN&page=2")).toBe("/events/find/cm0abc123/DROP_IN/2");
    expect(pathFor("area=&kind=")).toBe("/events/find/all/all/1");
  });

  it("reads an unknown kind as all kinds and a bad page as the first, as the form's page does", () => {
    expect(pathFor("kind=NOPE&page=abc")).toBe("/events/find/all/all/1");
    expect(pathFor("page=0")).toBe("/events/find/all/all/1");
  });

  it("keeps text that cannot be an area id out of the path, as an area that has no events", () => {
    expect(pathFor("area=..%2F..%2Fadmin")).toBe("/events/find/none/all/1");
    expect(pathFor(`area=${"a".repeat(51)}`)).toBe("/events/find/all/all/1");
  });
});

describe("calendarPath", () => {
  it("gives the calendar's links the same path as the form's query string for that choice", () => {
    expect(calendarPath({ kind: "DROP_IN" }, 1)).toBe(pathFor("kind=DROP_IN"));
    expect(calendarPath({ area: "area-1" }, 2)).toBe(pathFor("page=2&area=area-1"));
    expect(calendarPath({}, 3)).toBe("/events/find/all/all/3");
  });
});

describe("readCalendarChoice", () => {
  it("reads back the filters and page a path stands for", () => {
    const [area = "", kind = "", page = ""] = pathFor("area=area-1&kind=DROP_IN&page=3").split("/").slice(3);
    expect(readCalendarChoice({ area, kind, page })).toEqual({ filters: { area: "area-1", kind: "DROP_IN" }, page: 3 });
    expect(readCalendarChoice({ area: "all", kind: "all", page: "1" })).toEqual({ filters: {}, page: 1 });
  });

  it("shows all kinds and the first page for a path typed by hand with nonsense in it", () => {
    expect(readCalendarChoice({ area: "all", kind: "NOPE", page: "x" })).toEqual({ filters: {}, page: 1 });
  });
});
