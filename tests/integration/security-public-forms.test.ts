import { describe, expect, it } from "vitest";
import { limitPublicForm } from "@/lib/auth/public-form-limit";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { THROTTLES } from "@/lib/auth/rules";
import { Throttled } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";

describe("public forms", () => {
  it("limits anonymous feedback per client, with a 'try again in' message, and not other clients", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < THROTTLES.feedbackClient.limit; i += 1) await limitPublicForm("feedback", "192.0.2.10", now);
    const refused = await limitPublicForm("feedback", "192.0.2.10", now).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Throttled);
    expect((refused as Throttled).message).toMatch(/Try again in 10 minutes\.$/);
    await limitPublicForm("feedback", "192.0.2.11", now);
    await limitPublicForm("feedback", "192.0.2.10", new Date(now.getTime() + THROTTLES.feedbackClient.windowMs));
    // The count is a row in PostgreSQL, shared by every server.
    expect(await db.throttle.count({ where: { key: { startsWith: "form:feedback:" } } })).toBe(2);
  });

  it("limits 'Was this useful?' answers under the news per client", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < THROTTLES.newsUsefulClient.limit; i += 1)
      await limitPublicForm("newsUseful", "192.0.2.30", now);
    await expect(limitPublicForm("newsUseful", "192.0.2.30", now)).rejects.toBeInstanceOf(Throttled);
  });

  it("records a reset request for an account in the audit log, and nothing for an unknown address", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email, ip: "192.0.2.20" });
    await requestPasswordReset({ email: "nobody@example.test", ip: "192.0.2.20" });
    const events = await db.auditEvent.findMany({ where: { action: "auth.password.reset-requested" } });
    expect(events).toMatchObject([{ actorId: null, entityId: user.id, details: { ip: "192.0.2.20" } }]);
  });
});
