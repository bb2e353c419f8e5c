import { describe, expect, it } from "vitest";
import { safeReturnPath, signInHref } from "@/lib/auth/return-path";

describe("the page to return to after signing in", () => {
  it.each(["/staff/consultations/abc", "/tenant/events/1?x=2", "/board#top", "/home"])(
    "keeps the same-site path %s",
    (path) => {
      expect(safeReturnPath(path)).toBe(path);
    },
  );

  it.each([
    "//evil.com",
    "https://evil.com",
    "/\\evil.com",
    "\\\\evil.com",
    "javascript:alert(1)",
    "/\tevil",
    "evil.com/path",
    "",
    "/sign-in",
    "/sign-in?returnTo=/staff",
    "/api/auth/signout",
    // Each becomes "//evil.example" once the dot segments are resolved, as a browser resolves them (issue 22).
    "/.//evil.example",
    "/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/a/..//evil.example",
    "/a/b/../..//evil.example/x?y=1",
    "/./%2e/..//evil.example",
    "/sign-in/../sign-in",
    undefined,
    42,
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });

  it("returns the normalised path, which a browser reads as this site", () => {
    expect(safeReturnPath("/staff/./events/../customers?q=1")).toBe("/staff/customers?q=1");
    expect(safeReturnPath("/a/..//evil.example")).toBeUndefined();
  });

  it("builds the sign-in address with the path encoded, or none when refused", () => {
    expect(signInHref("/staff/events?area=x&kind=y")).toBe("/sign-in?returnTo=%2Fstaff%2Fevents%3Farea%3Dx%26kind%3Dy");
    expect(signInHref("//evil.com")).toBe("/sign-in");
  });
});
