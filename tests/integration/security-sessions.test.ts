import { describe, expect, it } from "vitest";
import { endEverySession, endSession } from "@/lib/auth/end-sessions";
import { findSessionUser, type SessionClaims } from "@/lib/auth/find-session-user";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";

const HOUR = 3_600_000;

const claimsFor = (user: { id: string; sessionVersion: number }, sid = "session-1"): SessionClaims => ({
  userId: user.id,
  version: user.sessionVersion,
  sid,
  endsAt: Date.now() + 8 * HOUR,
});

describe("sessions", () => {
  it("finds the user of a live session, with no password hash", async () => {
    const user = await createUser({ role: "OFFICER" });
    expect(await findSessionUser(claimsFor(user))).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      role: "OFFICER",
      customerId: null,
      seesEqualityData: false,
      mustSetUpSecondFactor: false,
    });
  });

  it("refuses a signed-out session's cookie but keeps the user's other sessions", async () => {
    const user = await createUser();
    await endSession(claimsFor(user, "phone"));
    expect(await findSessionUser(claimsFor(user, "phone"))).toBeNull();
    expect((await findSessionUser(claimsFor(user, "laptop")))?.id).toBe(user.id);
    expect(await db.auditEvent.findFirstOrThrow({ select: { action: true, actorId: true } })).toEqual({
      action: "auth.signed-out",
      actorId: user.id,
    });
  });

  it("ends every session on sign-out everywhere", async () => {
    const user = await createUser();
    await endEverySession({ userId: user.id, actorId: user.id, reason: "signed out everywhere" });
    expect(await findSessionUser(claimsFor(user, "phone"))).toBeNull();
    expect(await findSessionUser(claimsFor(user, "laptop"))).toBeNull();
  });

  it("ends every session when the password is reset", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    const token = /reset-password\/([\w-]+)/.exec((await db.emailMessage.findFirstOrThrow()).text)?.[1] ?? "";
    await resetPassword({ token, password: "a brand new password" });
    expect(await findSessionUser(claimsFor(user))).toBeNull();
  });

  it("ends every session when the role changes or the account is disabled, whatever code does it", async () => {
    const promoted = await createUser();
    await db.user.update({ where: { id: promoted.id }, data: { role: "OFFICER" } });
    expect(await findSessionUser(claimsFor(promoted))).toBeNull();
    const disabled = await createUser();
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const fresh = await db.user.findUniqueOrThrow({ where: { id: disabled.id } });
    expect(await findSessionUser(claimsFor(fresh))).toBeNull();
    const renamed = await createUser();
    await db.user.update({ where: { id: renamed.id }, data: { name: "New Name" } });
    expect((await findSessionUser(claimsFor(renamed)))?.name).toBe("New Name");
  });

  it("refuses a session past its absolute end, however often its cookie was refreshed", async () => {
    const user = await createUser();
    expect(await findSessionUser({ ...claimsFor(user), endsAt: Date.now() - 1 })).toBeNull();
  });
});
