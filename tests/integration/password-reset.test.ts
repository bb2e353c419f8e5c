import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";

const tokenFromOutbox = async () => {
  const message = await db.emailMessage.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
  const token = /reset-password\/([\w-]+)/.exec(message.text)?.[1];
  if (!token) throw new Error("no link in the email");
  return { message, token };
};

const storedHash = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;

describe("password reset", () => {
  it("emails a link to the outbox, storing only a hash of the token", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    const { message, token } = await tokenFromOutbox();
    expect(message.to).toBe(user.email);
    expect(message.subject).toBe("Reset your Involve password");
    const stored = await db.passwordResetToken.findFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);
  });

  it("sends nothing for an unknown address", async () => {
    await requestPasswordReset({ email: "nobody@example.test" });
    expect(await db.emailMessage.count()).toBe(0);
  });

  it("sets the new password once; the link then stops working", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    const { token } = await tokenFromOutbox();
    await resetPassword({ token, password: "new password here" });
    expect(await verifyPassword("new password here", await storedHash(user.id))).toBe(true);
    await expect(resetPassword({ token, password: "another password" })).rejects.toThrow("already been used");
    expect(await verifyPassword("new password here", await storedHash(user.id))).toBe(true);
  });

  it("refuses an expired link and changes nothing", async () => {
    const user = await createUser();
    const asked = new Date("2026-01-01T09:00:00Z");
    await requestPasswordReset({ email: user.email, now: asked });
    const { token } = await tokenFromOutbox();
    const before = await storedHash(user.id);
    const tooLate = new Date(asked.getTime() + 61 * 60_000);
    await expect(resetPassword({ token, password: "new password here", now: tooLate })).rejects.toThrow("expired");
    expect(await storedHash(user.id)).toBe(before);
    expect((await db.passwordResetToken.findFirstOrThrow()).usedAt).toBeNull();
  });

  it("refuses a made-up token", async () => {
    await expect(resetPassword({ token: "x".repeat(43), password: "new password here" })).rejects.toThrow("expired");
  });
});

describe("password reset throttling", () => {
  it("refuses a fourth request for the same address within the hour, with the same words whether or not it has an account", async () => {
    const user = await createUser();
    const refusals: string[] = [];
    for (const email of [user.email, "nobody@example.test"]) {
      for (let i = 0; i < 3; i += 1) await requestPasswordReset({ email, ip: `192.0.2.${i}` });
      refusals.push(
        await requestPasswordReset({ email, ip: "192.0.2.9" }).then(
          () => "sent",
          (error: Error) => error.message.replace(/Wait [^,]+,/, "Wait,"),
        ),
      );
    }
    expect(refusals[0]).toMatch(/^You have asked for several reset links/);
    expect(refusals[1]).toBe(refusals[0]);
    expect(await db.emailMessage.count()).toBe(3);
  });
});
