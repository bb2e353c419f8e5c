import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPublicPath, NOT_PUBLIC, roleOf, viewerOf, viewerRewrites, VIEWERS } from "@/lib/auth/viewer";

describe("which copy of a public page a visitor is served", () => {
  it("names a stranger's copy and each role's", () => {
    expect(viewerOf(undefined)).toBe("public");
    expect(viewerOf("TENANT")).toBe("tenant");
  });

  it("serves public pages, a copy's own address included, and leaves the rest alone", () => {
    for (const path of ["/", "/strategy", "/events/abc", "/as/tenant/strategy"]) expect(isPublicPath(path)).toBe(true);
    for (const path of ["/tenant", "/staff/events", "/admin", "/board/pack", "/account", "/home", "/api/health"])
      expect(isPublicPath(path)).toBe(false);
    expect(isPublicPath("/_next/data/x.json")).toBe(false);
    expect(isPublicPath("/samples/customers.csv")).toBe(false);
  });

  it("rewrites a viewer's request to their copy, and the calendar's choice to its cached path", () => {
    const [page, calendar, home] = viewerRewrites();
    expect(page?.destination).toBe("/as/:viewer/:path+");
    expect(home?.destination).toBe("/as/:viewer");
    expect(calendar?.destination).toBe("/as/:viewer/events/find/:area/:kind/:page");
    // Only a viewer the proxy names: any other value of the header is left unrewritten.
    const viewer = new RegExp(`^${page?.has[0]?.value}$`);
    // Each rule's result is matched by no later rule (Next.js tries them in turn on the rewritten address).
    expect(page?.missing?.[0]?.key).toBe(calendar?.has[1]?.key);
    expect(VIEWERS.every((name) => viewer.test(name))).toBe(true);
    expect(viewer.test("root")).toBe(false);
  });

  it("knows every top-level route outside the public pages, and every file in public/", () => {
    const outside = readdirSync("app", { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "(public)")
      .flatMap((entry) =>
        entry.name.startsWith("(")
          ? readdirSync(`app/${entry.name}`, { withFileTypes: true })
              .filter((child) => child.isDirectory())
              .map((child) => child.name)
          : [entry.name],
      );
    expect([...outside, ...readdirSync("public")].sort()).toEqual([...NOT_PUBLIC].sort());
    // Every public page lives under the one segment the proxy rewrites to.
    expect(readdirSync("app/(public)").sort()).toEqual(["as", "layout.tsx"]);
  });

  it("reads a viewer segment back as a role, and refuses one that names none", () => {
    expect(roleOf("public")).toBeNull();
    expect(roleOf("officer")).toBe("OFFICER");
    expect(roleOf("root")).toBeUndefined();
    expect(roleOf("TENANT")).toBeUndefined();
  });
});
