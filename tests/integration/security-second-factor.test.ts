import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { findSessionUser } from "@/lib/auth/find-session-user";
import {
  confirmEnrolment,
  pendingSecret,
  resetSecondFactor,
  startEnrolment,
  verifySecondFactor,
} from "@/lib/auth/second-factor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createLandlord, createUser } from "@/tests/factories";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: DomainError) => error.message,
  );

const enrol = async (userId: string) => {
  await startEnrolment(userId);
  const { secret } = (await pendingSecret(userId))!;
  const codes = await confirmEnrolment({ userId, code: await generate({ secret }) });
  return { secret, codes };
};

describe("second factor", () => {
  it("turns on with a code from the app, keeping only hashes of the recovery codes", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { codes } = await enrol(officer.id);
    expect(codes).toHaveLength(10);
    const stored = await db.recoveryCode.findMany({ select: { codeHash: true } });
    expect(stored.map((row) => row.codeHash)).not.toContain(codes[0]);
    expect(await db.auditEvent.count({ where: { action: "auth.second-factor.enabled", entityId: officer.id } })).toBe(
      1,
    );
  });

  it("accepts a code once, a recovery code once, and limits wrong codes", async () => {
    const officer = await createUser({ role: "ADMIN" });
    const { codes } = await enrol(officer.id);
    await db.user.update({ where: { id: officer.id }, data: { totpLastStep: 0 } });
    const { totpSecret } = await db.user.findUniqueOrThrow({ where: { id: officer.id }, select: { totpSecret: true } });
    const code = await generate({ secret: totpSecret! });
    expect(await refusal(verifySecondFactor({ userId: officer.id, code }))).toBe("accepted");
    expect(await refusal(verifySecondFactor({ userId: officer.id, code }))).toMatch(/not right/);
    expect(await refusal(verifySecondFactor({ userId: officer.id, code: codes[0]! }))).toBe("accepted");
    expect(await refusal(verifySecondFactor({ userId: officer.id, code: codes[0]! }))).toMatch(/not right/);
    for (let i = 0; i < 4; i += 1) await refusal(verifySecondFactor({ userId: officer.id, code: "000000" }));
    expect(await refusal(verifySecondFactor({ userId: officer.id, code: codes[1]! }))).toMatch(/too many wrong codes/);
  });

  it("is reset by an administrator, audited, ending the person's sessions", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const board = await createUser({ role: "BOARD" });
    await enrol(board.id);
    const before = await db.user.findUniqueOrThrow({ where: { id: board.id } });
    await resetSecondFactor({ userId: board.id, actorId: admin.id });
    const after = await db.user.findUniqueOrThrow({
      where: { id: board.id },
      select: { totpEnabledAt: true, totpSecret: true },
    });
    expect(after).toEqual({ totpEnabledAt: null, totpSecret: null });
    expect(await db.recoveryCode.count()).toBe(0);
    expect(
      await findSessionUser({
        userId: board.id,
        version: before.sessionVersion,
        sid: "s",
        endsAt: Date.now() + 60_000,
      }),
    ).toBeNull();
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { action: "auth.second-factor.reset" },
        select: { actorId: true, entityId: true },
      }),
    ).toEqual({
      actorId: admin.id,
      entityId: board.id,
    });
  });

  it("sends staff without an app to set one up when the landlord requires it, but not tenants", async () => {
    await createLandlord();
    await db.landlord.update({ where: { id: 1 }, data: { secondFactorRequiredFor: "STAFF" } });
    const officer = await createUser({ role: "OFFICER" });
    const tenant = await createUser({ role: "TENANT" });
    const claims = (user: { id: string }) => ({
      userId: user.id,
      version: 0,
      sid: user.id,
      endsAt: Date.now() + 60_000,
    });
    expect((await findSessionUser(claims(officer)))?.mustSetUpSecondFactor).toBe(true);
    expect((await findSessionUser(claims(tenant)))?.mustSetUpSecondFactor).toBe(false);
  });

  it("sends only administrators to set one up when the rule is for administrators, until they have one", async () => {
    await createLandlord();
    await db.landlord.update({ where: { id: 1 }, data: { secondFactorRequiredFor: "ADMINISTRATORS" } });
    const admin = await createUser({ role: "ADMIN" });
    const officer = await createUser({ role: "OFFICER" });
    const claims = (user: { id: string }) => ({
      userId: user.id,
      version: 0,
      sid: user.id,
      endsAt: Date.now() + 60_000,
    });
    expect((await findSessionUser(claims(admin)))?.mustSetUpSecondFactor).toBe(true);
    expect((await findSessionUser(claims(officer)))?.mustSetUpSecondFactor).toBe(false);
    await db.user.update({ where: { id: admin.id }, data: { totpSecret: "X", totpEnabledAt: new Date() } });
    expect((await findSessionUser(claims(admin)))?.mustSetUpSecondFactor).toBe(false);
  });
});
