import { describe, expect, it } from "vitest";
import { THROTTLES } from "@/lib/auth/rules";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createUser, FACTORY_PASSWORD } from "@/tests/factories";

const attempt = (email: string, password: string, ip: string | null = "192.0.2.1", now = new Date()) =>
  verifySignIn({ email, password, ip, now });

const refusalCode = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
};

const SECOND = 1000;

describe("verifySignIn", () => {
  it("returns the user for the right password and records the failures of others", async () => {
    const user = await createUser({ role: "OFFICER" });
    expect(await attempt(user.email, FACTORY_PASSWORD)).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "OFFICER",
      sessionVersion: 0,
      hasSecondFactor: false,
    });
    expect(await refusalCode(attempt(user.email, "wrong"))).toBe("invalid");
    expect(await refusalCode(attempt("nobody@example.test", FACTORY_PASSWORD))).toBe("invalid");
    expect(await db.auditEvent.count({ where: { action: "auth.sign-in.failed" } })).toBe(2);
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await createUser({ disabledAt: new Date() });
    expect(await refusalCode(attempt(user.email, FACTORY_PASSWORD))).toBe("invalid");
  });

  it("limits one account from one address strictly, while the owner elsewhere still signs in", async () => {
    const user = await createUser();
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < THROTTLES.accountAndAddress.limit; i += 1) {
      await refusalCode(attempt(user.email, "wrong", "198.51.100.1", new Date(now.getTime() + i * 70 * SECOND)));
    }
    const soon = new Date(now.getTime() + 10 * 60 * SECOND);
    expect(await refusalCode(attempt(user.email, FACTORY_PASSWORD, "198.51.100.1", soon))).toBe("rate_limited");
    expect((await attempt(user.email, FACTORY_PASSWORD, "203.0.113.9", soon)).id).toBe(user.id);
    // Five failures and a refusal are one audit row: failures are summarised (10, 100 ...), not one row each.
    expect(await db.auditEvent.count({ where: { action: { startsWith: "auth.sign-in." } } })).toBe(1);
  });

  it("slows guesses at one account from many addresses without locking the owner out", async () => {
    const user = await createUser();
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < 5; i += 1) await refusalCode(attempt(user.email, "wrong", `198.51.100.${i}`, now));
    expect(await refusalCode(attempt(user.email, "wrong", "198.51.100.99", now))).toBe("rate_limited");
    expect((await attempt(user.email, FACTORY_PASSWORD, "203.0.113.9", new Date(now.getTime() + SECOND))).id).toBe(
      user.id,
    );
  });

  it("evaluates no more than the limit when 30 wrong passwords arrive at once", { timeout: 120_000 }, async () => {
    const user = await createUser();
    const now = new Date();
    const codes = await Promise.all(
      Array.from({ length: 30 }, () => refusalCode(attempt(user.email, "wrong", "192.0.2.50", now))),
    );
    expect(codes.filter((code) => code === "invalid")).toHaveLength(5);
    expect(codes.filter((code) => code === "rate_limited")).toHaveLength(25);
  });

  it("slows guessing even when the address is unknown (no trusted proxy)", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 0; i < 5; i += 1) await refusalCode(attempt(user.email, "wrong", null, now));
    expect(await refusalCode(attempt(user.email, FACTORY_PASSWORD, null, now))).toBe("rate_limited");
  });

  it("limits one address across accounts", async () => {
    const user = await createUser();
    const now = new Date();
    await db.throttle.create({
      data: { key: "sign-in:address:192.0.2.77", attempts: THROTTLES.address.limit, windowStart: now, notBefore: now },
    });
    expect(await refusalCode(attempt(user.email, FACTORY_PASSWORD, "192.0.2.77", now))).toBe("rate_limited");
    expect((await attempt(user.email, FACTORY_PASSWORD, "192.0.2.78", now)).id).toBe(user.id);
  });

  it("forgets an account's attempts after a successful sign-in", async () => {
    const user = await createUser();
    await refusalCode(attempt(user.email, "wrong"));
    await attempt(user.email, FACTORY_PASSWORD);
    expect(await db.throttle.count({ where: { key: { startsWith: "sign-in:", contains: user.email } } })).toBe(0);
  });

  it(
    "lets the owner sign in from their known browser throughout a 150 s attack of one guess a second",
    { timeout: 120_000 },
    async () => {
      const user = await createUser();
      const device = { userId: user.id, id: "owner-browser" };
      const start = new Date("2026-11-22T10:00:00Z").getTime();
      const outcomes: string[] = [];
      for (let second = 0; second < 150; second += 1) {
        const now = new Date(start + second * SECOND);
        // The attacker rotates addresses and has no device cookie of the owner's.
        await refusalCode(
          verifySignIn({ email: user.email, password: "guess", ip: `198.51.100.${second % 250}`, now }),
        );
        if (second % 10 === 5) {
          const owner = await verifySignIn({
            email: user.email,
            password: FACTORY_PASSWORD,
            ip: "203.0.113.9",
            device,
            now,
          });
          outcomes.push(owner.id === user.id ? "signed in" : "refused");
        }
      }
      expect(outcomes).toEqual(Array.from({ length: 15 }, () => "signed in"));
      // The attacker was slowed all along: most guesses were never compared.
      expect(await db.throttle.findUnique({ where: { key: `sign-in:account:${user.email}` } })).toMatchObject({
        attempts: expect.any(Number) as number,
      });
      const audited = await db.auditEvent.findMany({ where: { details: { path: ["email"], equals: user.email } } });
      expect(audited.map((event) => event.action).sort()).toEqual([
        "auth.sign-in.failed",
        "auth.sign-in.failed-repeatedly",
        "auth.sign-in.failed-repeatedly",
      ]);
    },
  );

  it("gives a device cookie of another account no way round the account's delay", async () => {
    const user = await createUser();
    const other = await createUser();
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < 5; i += 1) await refusalCode(attempt(user.email, "wrong", null, now));
    const device = { userId: other.id, id: "someone-elses-browser" };
    expect(
      await refusalCode(verifySignIn({ email: user.email, password: FACTORY_PASSWORD, ip: null, device, now })),
    ).toBe("rate_limited");
  });

  it("limits guesses from a known browser too, should its cookie be stolen", async () => {
    const user = await createUser();
    const device = { userId: user.id, id: "stolen" };
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < THROTTLES.knownDevice.limit; i += 1)
      await refusalCode(verifySignIn({ email: user.email, password: "wrong", ip: null, device, now }));
    expect(
      await refusalCode(verifySignIn({ email: user.email, password: FACTORY_PASSWORD, ip: null, device, now })),
    ).toBe("rate_limited");
  });
});
