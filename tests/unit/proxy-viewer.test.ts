import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/secret";
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
  const rewrite = response.headers.get("x-middleware-rewrite");
  return { to: rewrite && new URL(rewrite).pathname, headers: response.headers };
};

describe("the proxy's choice of a public page's copy", () => {
  it("gives a stranger the stranger's copy, which a shared cache may keep", async () => {
    const { to, headers } = await visit("/strategy");
    expect(to).toBe("/as/public/strategy");
    expect(headers.get("cache-control")).toBeNull();
    expect(headers.get("vary")).toBe("Cookie");
  });

  it("gives a signed-in visitor their role's copy, which no shared cache may keep", async () => {
    const { to, headers } = await visit("/news", `${NAME}=${await session("OFFICER")}`);
    expect(to).toBe("/as/officer/news");
    expect(headers.get("cache-control")).toBe("private, no-store");
    expect(headers.get("vary")).toBe("Cookie");
  });

  it("gives a forged cookie or an unknown role the stranger's copy", async () => {
    expect((await visit("/strategy", `${NAME}=forged`)).to).toBe("/as/public/strategy");
    expect((await visit("/strategy", `${NAME}=${await session("ROOT")}`)).to).toBe("/as/public/strategy");
  });

  it("keeps the query string, and serves the calendar's choice from its cached path", async () => {
    expect((await visit("/sign-in?signed-out=1")).to).toBe("/as/public/sign-in");
    expect((await visit("/events/find?kind=COMMUNITY_EVENT", `${NAME}=${await session("TENANT")}`)).to).toBe(
      "/as/tenant/events/find/all/COMMUNITY_EVENT/1",
    );
  });

  it("leaves the signed-in areas alone", async () => {
    const { to, headers } = await visit("/tenant", `${NAME}=${await session("TENANT")}`);
    expect(to).toBeNull();
    expect(headers.get("vary")).toBeNull();
  });
});
