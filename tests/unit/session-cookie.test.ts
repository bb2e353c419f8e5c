import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authSecret } from "@/lib/secret";
import { readSessionClaims } from "@/lib/auth/session-cookie";

const NAME = "authjs.session-token";
const HOUR = 60 * 60 * 1000;
const claims = { sub: "user-1", sv: 3, sid: "session-1", sxp: Date.now() + 8 * HOUR };

const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];
const token = (payload: Record<string, unknown>, salt = NAME, secret = authSecret()) =>
  encode({ token: payload, secret, salt, maxAge: 8 * 60 * 60 });

describe("reading the session cookie", () => {
  it("returns the claims next-auth wrote at sign-in", async () => {
    const cookie = await token(claims);
    expect(await readSessionClaims(jar({ [NAME]: cookie }))).toEqual({
      userId: "user-1",
      version: 3,
      sid: "session-1",
      endsAt: claims.sxp,
    });
  });

  it("carries the role chosen at sign-in, and none from a cookie without one or with a role that does not exist", async () => {
    expect(await readSessionClaims(jar({ [NAME]: await token({ ...claims, role: "BOARD" }) }))).toMatchObject({
      role: "BOARD",
    });
    const forged = await readSessionClaims(jar({ [NAME]: await token({ ...claims, sid: "s-9", role: "ROOT" }) }));
    expect(forged?.role).toBeUndefined();
  });

  it("reads the secure cookie name used over HTTPS, whose name is its salt", async () => {
    const secure = `__Secure-${NAME}`;
    const cookie = await token(claims, secure);
    expect(await readSessionClaims(jar({ [secure]: cookie }))).toMatchObject({ userId: "user-1" });
    // The same token under the other name was derived with another salt, so it does not decrypt.
    expect(await readSessionClaims(jar({ [NAME]: cookie }))).toBeNull();
  });

  it("refuses a cookie signed with another secret, a damaged cookie and a cookie without claims", async () => {
    const foreign = await token(claims, NAME, "another-secret-of-at-least-thirty-two-chars");
    expect(await readSessionClaims(jar({ [NAME]: foreign }))).toBeNull();
    expect(await readSessionClaims(jar({ [NAME]: "not-a-token" }))).toBeNull();
    expect(await readSessionClaims(jar({ [NAME]: await token({ sub: "user-1" }) }))).toBeNull();
    expect(await readSessionClaims(jar({}))).toBeNull();
  });

  it("stops reading a remembered cookie once its session's absolute end has passed", async () => {
    const cookie = await token({ ...claims, sid: "session-2" });
    expect(await readSessionClaims(jar({ [NAME]: cookie }))).toMatchObject({ sid: "session-2" });
    expect(await readSessionClaims(jar({ [NAME]: cookie }), claims.sxp + 1)).toBeNull();
    expect(await readSessionClaims(jar({ [NAME]: cookie }), Date.now() + 9 * HOUR)).toBeNull();
  });
});
