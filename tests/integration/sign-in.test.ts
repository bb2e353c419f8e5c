import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "@/lib/auth/rules";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createUser, FACTORY_PASSWORD } from "@/tests/factories";

const attempt = (email: string, password: string, ip = "192.0.2.1", now = new Date()) =>
  verifySignIn({ email, password, ip, now });

const refusalCode = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
};

describe("verifySignIn", () => {
  it("returns the user for the right password", async () => {
    const user = await createUser({ role: "OFFICER" });
    expect(await attempt(user.email, FACTORY_PASSWORD)).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "OFFICER",
      sessionVersion: 0,
    });
  });

  it("refuses a wrong password or an unknown account the same way, and counts both", async () => {
    const user = await createUser();
    expect(await refusalCode(attempt(user.email, "wrong"))).toBe("invalid");
    expect(await refusalCode(attempt("nobody@example.test", FACTORY_PASSWORD))).toBe("invalid");
    expect(await db.signInFailure.count()).toBe(4);
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await createUser({ disabledAt: new Date() });
    expect(await refusalCode(attempt(user.email, FACTORY_PASSWORD))).toBe("invalid");
  });

  it("limits failures per account, even with the right password, until the window passes", async () => {
    const user = await createUser();
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i += 1) await refusalCode(attempt(user.email, "wrong", `198.51.100.${i}`, now));
    expect(await refusalCode(attempt(user.email, FACTORY_PASSWORD, "203.0.113.9", now))).toBe("rate_limited");
    const later = new Date(now.getTime() + (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000);
    expect((await attempt(user.email, FACTORY_PASSWORD, "203.0.113.9", later)).id).toBe(user.id);
  });

  // Twenty-two bcrypt comparisons at cost 12, in pure JavaScript: seconds each on a busy machine.
  it("limits failures per IP address across accounts", { timeout: 120_000 }, async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i += 1) await refusalCode(attempt(`guess${i}@example.test`, "x", "192.0.2.77", now));
    expect(await refusalCode(attempt(user.email, FACTORY_PASSWORD, "192.0.2.77", now))).toBe("rate_limited");
    expect((await attempt(user.email, FACTORY_PASSWORD, "192.0.2.78", now)).id).toBe(user.id);
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const user = await createUser();
    await refusalCode(attempt(user.email, "wrong"));
    await attempt(user.email, FACTORY_PASSWORD);
    expect(await db.signInFailure.count({ where: { key: `account:${user.email}` } })).toBe(0);
  });
});
