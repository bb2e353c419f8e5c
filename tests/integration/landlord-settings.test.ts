import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getLandlord } from "@/lib/landlord/queries";
import { updateLandlordSettings } from "@/lib/landlord/update-landlord-settings";
import { listAuditEvents } from "@/lib/audit/queries";
import { createLandlord, createUser } from "@/tests/factories";

describe("landlord settings", () => {
  it("saves the settings and records who changed what in the audit log", async () => {
    await createLandlord();
    const admin = await createUser({ role: "ADMIN" });
    await updateLandlordSettings({ actor: admin, settings: { name: "Glen Housing", regime: "SCOTLAND", requireSecondFactor: false } });
    expect(await getLandlord()).toEqual({ name: "Glen Housing", regime: "SCOTLAND", requireSecondFactor: false });
    const { events, total } = await listAuditEvents({ page: 1 });
    expect(total).toBe(1);
    expect(events[0]).toMatchObject({
      action: "landlord.settings.updated",
      entityType: "Landlord",
      entityId: "1",
      actor: { name: admin.name },
      details: {
        before: { name: "Test Housing Association", regime: "ENGLAND", requireSecondFactor: false },
        after: { name: "Glen Housing", regime: "SCOTLAND", requireSecondFactor: false },
      },
    });
  });

  it("writes neither the change nor its audit record when the actor does not exist", async () => {
    await createLandlord();
    await expect(
      updateLandlordSettings({ actor: { id: "no-such-user", role: "ADMIN" }, settings: { name: "Ghost", regime: "SCOTLAND", requireSecondFactor: false } }),
    ).rejects.toMatchObject({ code: "P2003" });
    expect(await getLandlord()).toEqual({ name: "Test Housing Association", regime: "ENGLAND", requireSecondFactor: false });
    expect(await db.auditEvent.count()).toBe(0);
  });
});
