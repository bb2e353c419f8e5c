import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getLandlord, getLandlordContact, getLandlordLogo, getLandlordLook } from "@/lib/landlord/queries";
import { ZLook } from "@/lib/landlord/schemas";
import { updateContactDetails } from "@/lib/landlord/update-contact-details";
import { updateLook } from "@/lib/landlord/update-look";
import { updateLandlordSettings } from "@/lib/landlord/update-landlord-settings";
import { listAuditEvents } from "@/lib/audit/queries";
import { createLandlord, createUser } from "@/tests/factories";

describe("landlord settings", () => {
  it("saves the settings and records who changed what in the audit log", async () => {
    await createLandlord();
    const admin = await createUser({ role: "ADMIN" });
    await updateLandlordSettings({
      actor: admin,
      settings: { name: "Glen Housing", regime: "SCOTLAND", secondFactorRequiredFor: "NOBODY" },
    });
    expect(await getLandlord()).toEqual({
      name: "Glen Housing",
      regime: "SCOTLAND",
      secondFactorRequiredFor: "NOBODY",
    });
    const { events, total } = await listAuditEvents({ page: 1 });
    expect(total).toBe(1);
    expect(events[0]).toMatchObject({
      action: "landlord.settings.updated",
      entityType: "Landlord",
      entityId: "1",
      actor: { name: admin.name },
      details: {
        before: { name: "Test Housing Association", regime: "ENGLAND", secondFactorRequiredFor: "NOBODY" },
        after: { name: "Glen Housing", regime: "SCOTLAND", secondFactorRequiredFor: "NOBODY" },
      },
    });
  });

  it("writes neither the change nor its audit record when the actor does not exist", async () => {
    await createLandlord();
    await expect(
      updateLandlordSettings({
        actor: { id: "no-such-user", role: "ADMIN" },
        settings: { name: "Ghost", regime: "SCOTLAND", secondFactorRequiredFor: "NOBODY" },
      }),
    ).rejects.toMatchObject({ code: "P2003" });
    expect(await getLandlord()).toEqual({
      name: "Test Housing Association",
      regime: "ENGLAND",
      secondFactorRequiredFor: "NOBODY",
    });
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("contact details, colour and logo", () => {
  it("saves the contact details, clearing an emptied one, and audits before and after", async () => {
    await createLandlord();
    const admin = await createUser({ role: "ADMIN" });
    await updateContactDetails({
      actor: admin,
      details: { contactPhone: "0300 123 4567", contactEmail: "help@test.example" },
    });
    await updateContactDetails({ actor: admin, details: { contactEmail: "desk@test.example" } });
    expect(await getLandlordContact()).toEqual({
      name: "Test Housing Association",
      contactPhone: null,
      contactEmail: "desk@test.example",
      contactAddress: null,
      openingHours: null,
    });
    const last = await db.auditEvent.findFirstOrThrow({
      where: { action: "landlord.contact.updated" },
      orderBy: { id: "desc" },
    });
    expect(last.details).toMatchObject({
      before: { contactPhone: "0300 123 4567" },
      after: { contactPhone: null, contactEmail: "desk@test.example" },
    });
  });

  it("keeps an uploaded logo and a contrast-checked colour, and refuses a faint colour or another site's logo", async () => {
    await createLandlord();
    const admin = await createUser({ role: "ADMIN" });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "logo.png", { type: "image/png" });
    await updateLook({ actor: admin, look: ZLook.parse({ brandColour: "#14532D", logoFile: png, logoPath: "" }) });
    expect(await getLandlordLook()).toMatchObject({
      brandColour: "#14532d",
      logoPath: null,
      logoSrc: expect.stringMatching(/^\/logo\?v=/),
    });
    expect(Array.from((await getLandlordLogo())?.logoImage ?? [])).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const faint = ZLook.safeParse({ brandColour: "#ffcc00", logoPath: "//evil.example/logo.png" });
    expect(faint.error?.issues.map((issue) => issue.message)).toEqual([
      "White text on this colour is too faint: choose a darker colour (at least 4.5:1)",
      "Enter the address of a file on this site, starting with /, like /logo.png",
    ]);
    // The database refuses them too, whatever writes the row.
    await expect(db.landlord.update({ where: { id: 1 }, data: { brandColour: "red" } })).rejects.toThrow(
      /Landlord_brandColour_hex/,
    );
    await expect(db.landlord.update({ where: { id: 1 }, data: { logoPath: "//evil.example/x.png" } })).rejects.toThrow(
      /Landlord_logoPath_same_site/,
    );
  });
});
