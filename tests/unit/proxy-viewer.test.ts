import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { authSecret } from "@/lib/secret";
import { proxy } from "@/proxy";

const NAME = "authjs.session-token";
const session = (role: string) =>
  encode({
    token: { sub: "user-1", sv: 1, sid: `s-${role}`, sxp: Date.now() + 3_600_000, role },
    secret: authSecret(),
    salt: NAME,
    maxAge: 3600,
  });

const visit = async (path: string, cookie?: string) => {
  const response = await proxy(new NextRequest(`http://localhost${path}`, { headers: cookie ? { cookie } : {} }));
  // Next.js passes the request headers the proxy set as these; next.config.ts rewrites on them.
  const to = response.headers.get("x-middleware-request-x-involve-viewer");
  return { to, calendar: response.headers.get("x-middleware-request-x-involve-calendar"), headers: response.headers };
};

describe("the proxy's choice of a public page's copy", () => {
  it("gives a stranger the stranger's copy, which a shared cache may keep", async () => {
    const { to, headers } = await visit("/strategy");
    expect(to).toBe("public");
    expect(headers.get("cache-control")).toBeNull();
  });

  it("gives a signed-in visitor their role's copy, which no shared cache may keep", async () => {
    const { to, headers } = await visit("/news", `${NAME}=${await session("OFFICER")}`);
    expect(to).toBe("officer");
    expect(headers.get("cache-control")).toBe("private, no-store");
  });

  it("gives a forged cookie or an unknown role the stranger's copy", async () => {
    expect((await visit("/strategy", `${NAME}=forged`)).to).toBe("public");
    expect((await visit("/strategy", `${NAME}=${await session("ROOT")}`)).to).toBe("public");
  });

  it("never believes a client's own viewer header, and serves the calendar's choice from its cached path", async () => {
    const response = await proxy(
      new NextRequest("http://localhost/strategy", { headers: { "x-involve-viewer": "tenant" } }),
    );
    expect(response.headers.get("x-middleware-request-x-involve-viewer")).toBe("public");
    const { to, calendar } = await visit("/events/find?kind=COMMUNITY_EVENT", `${NAME}=${await session("TENANT")}`);
    expect([to, calendar]).toEqual(["tenant", "all/COMMUNITY_EVENT/1"]);
  });

  it("leaves the signed-in areas alone", async () => {
    const response = await proxy(
      new NextRequest("http://localhost/tenant", { headers: { "x-involve-viewer": "tenant" } }),
    );
    // A client's header is taken away on every path (Next.js drops request headers missing from this list).
    expect(response.headers.get("x-middleware-override-headers")).not.toContain("x-involve-viewer");
    const { to, headers } = await visit("/tenant", `${NAME}=${await session("TENANT")}`);
    expect(to).toBeNull();
    expect(headers.get("cache-control")).toBeNull();
  });
});
