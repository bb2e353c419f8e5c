import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NOT_PUBLIC, roleOf, viewerOf, viewerPath } from "@/lib/auth/viewer";

describe("which copy of a public page a visitor is served", () => {
  it("serves a stranger the public copy and a signed-in visitor their role's copy", () => {
    expect(viewerPath("/strategy", viewerOf(undefined))).toBe("/as/public/strategy");
    expect(viewerPath("/events/abc", viewerOf("TENANT"))).toBe("/as/tenant/events/abc");
    expect(viewerPath("/", viewerOf("BOARD"))).toBe("/as/board");
  });

  it("leaves the signed-in areas, the API, Next.js's own paths and public files alone", () => {
    for (const path of ["/tenant", "/staff/events", "/admin", "/board/pack", "/account", "/home", "/api/health"])
      expect(viewerPath(path, "tenant")).toBeNull();
    expect(viewerPath("/_next/data/x.json", "public")).toBeNull();
    expect(viewerPath("/samples/customers.csv", "public")).toBeNull();
  });

  it("never lets a stranger ask for a signed-in copy by its own address", () => {
    expect(viewerPath("/as/tenant/strategy", "public")).toBe("/as/public/as/tenant/strategy");
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
