import type { Actor } from "@/lib/auth/actor";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMembership } from "@/lib/groups/add-membership";
import { createGroup } from "@/lib/groups/create-group";
import { endMembership } from "@/lib/groups/end-membership";
import { listGroups } from "@/lib/groups/queries";
import { ZRtoRegistration } from "@/lib/groups/schemas";
import { updateGroup } from "@/lib/groups/update-group";
import { updateRtoRegistration } from "@/lib/groups/update-rto-registration";
import { listRtoRegister } from "@/lib/people/queries";
import { createUser } from "@/tests/factories";
import { createCustomer } from "@/tests/factories/people";

const NOW = new Date("2026-06-01T10:00:00Z");
const day = (value: string) => new Date(`${value}T00:00:00Z`);

const setUp = async (type: "RTO" | "SCRUTINY_PANEL" = "SCRUTINY_PANEL") => {
  const officer = await createUser({ role: "OFFICER" });
  const group = await createGroup({ actor: officer, details: { name: `Group ${Math.random()}`, type } });
  return { officer, group };
};

const join = (actor: Actor, groupId: string, customerReference: string, role: "CHAIR" | "MEMBER" = "MEMBER") =>
  addMembership({ actor, groupId, customerReference, role, startedOn: day("2026-01-01"), now: NOW });

describe("tenant groups", () => {
  it("adds a group and audits it, refusing a second group of the same name", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const group = await createGroup({ actor: officer, details: { name: "Eastgate Panel", type: "TENANT_PANEL" } });
    expect(
      await db.auditEvent.count({ where: { action: "group.created", entityId: group.id, actorId: officer.id } }),
    ).toBe(1);
    await expect(
      createGroup({ actor: officer, details: { name: "Eastgate Panel", type: "OTHER" } }),
    ).rejects.toMatchObject({
      fieldErrors: { name: "Choose a name no other group has" },
    });
    const other = await createGroup({ actor: officer, details: { name: "Westgate Panel", type: "OTHER" } });
    await expect(
      updateGroup({ actor: officer, groupId: other.id, details: { name: "Eastgate Panel", type: "OTHER" } }),
    ).rejects.toThrow("already a group with that name");
    expect(await db.group.count()).toBe(2);
  });

  it("adds members by customer reference, one chair at a time, and counts current members", async () => {
    const { officer, group } = await setUp();
    const [first, second] = [await createCustomer(), await createCustomer()];
    await join(officer, group.id, first.reference.toUpperCase(), "CHAIR");
    await expect(join(officer, group.id, second.reference, "CHAIR")).rejects.toMatchObject({
      fieldErrors: { role: "The group already has a chair" },
    });
    await expect(join(officer, group.id, first.reference)).rejects.toThrow("already a member");
    await expect(join(officer, group.id, "C99999")).rejects.toMatchObject({
      fieldErrors: { customerReference: expect.any(String) },
    });
    await join(officer, group.id, second.reference);
    const [listed] = await listGroups(NOW);
    expect(listed?._count.memberships).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "group.membership.added" } })).toBe(2);
  });

  it("refuses a former customer", async () => {
    const { officer, group } = await setUp();
    const former = await createCustomer();
    await db.customer.update({ where: { id: former.id }, data: { status: "FORMER" } });
    await expect(join(officer, group.id, former.reference)).rejects.toThrow("active customer");
    expect(await db.groupMembership.count()).toBe(0);
  });

  it("lets two officers adding the same customer at once make only one membership", async () => {
    const { officer, group } = await setUp();
    const customer = await createCustomer();
    const results = await Promise.allSettled([
      join(officer, group.id, customer.reference),
      join(officer, group.id, customer.reference),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.groupMembership.count()).toBe(1);
  });

  it("ends a membership once, not before it began, and then frees the office", async () => {
    const { officer, group } = await setUp();
    const [chair, next] = [await createCustomer(), await createCustomer()];
    const membership = await join(officer, group.id, chair.reference, "CHAIR");
    await expect(
      endMembership({ actor: officer, membershipId: membership.id, endedOn: day("2025-12-31") }),
    ).rejects.toMatchObject({
      fieldErrors: { endedOn: "The end date must be on or after the date they joined" },
    });
    await endMembership({ actor: officer, membershipId: membership.id, endedOn: day("2026-05-31") });
    await expect(
      endMembership({ actor: officer, membershipId: membership.id, endedOn: day("2026-05-31") }),
    ).rejects.toThrow("already ended");
    await join(officer, group.id, next.reference, "CHAIR");
    expect(await db.groupMembership.count({ where: { groupId: group.id } })).toBe(2);
  });

  it("keeps the register entry of an RTO, with the reason when deregistered, for public inspection", async () => {
    const { officer, group } = await setUp("RTO");
    const entry = (input: Record<string, string>) =>
      ZRtoRegistration.parse({
        groupId: group.id,
        rtoRegisteredOn: "2024-04-01",
        rtoAreaCovered: "Eastgate",
        rtoStatus: "REGISTERED",
        ...input,
      });
    await updateRtoRegistration({ actor: officer, registration: entry({ nextReviewOn: "2027-04-01" }) });
    expect((await listRtoRegister()).map((r) => [r.name, r.rtoStatus, r.rtoAreaCovered])).toEqual([
      [expect.any(String), "REGISTERED", "Eastgate"],
    ]);
    const problems = (input: Record<string, string>) =>
      ZRtoRegistration.safeParse({
        groupId: group.id,
        rtoAreaCovered: "Eastgate",
        rtoRegisteredOn: "2024-04-01",
        ...input,
      }).error?.issues.map((i) => i.path.join("."));
    expect(problems({ rtoRegisteredOn: "2024-02-30", rtoStatus: "REGISTERED" })).toEqual(["rtoRegisteredOn"]);
    expect(problems({ rtoStatus: "DEREGISTERED" })).toEqual(["deregistrationReason"]);
    await updateRtoRegistration({
      actor: officer,
      registration: entry({ rtoStatus: "DEREGISTERED", deregistrationReason: "Wound up at its AGM" }),
    });
    expect((await listRtoRegister())[0]).toMatchObject({
      rtoStatus: "DEREGISTERED",
      deregistrationReason: "Wound up at its AGM",
    });
    expect(await db.auditEvent.count({ where: { action: "group.rto_register.updated", entityId: group.id } })).toBe(2);
  });

  it("gives only an RTO a register entry", async () => {
    const { officer, group } = await setUp("SCRUTINY_PANEL");
    const registration = ZRtoRegistration.parse({
      groupId: group.id,
      rtoRegisteredOn: "2024-04-01",
      rtoAreaCovered: "All",
      rtoStatus: "REGISTERED",
    });
    await expect(updateRtoRegistration({ actor: officer, registration })).rejects.toThrow(
      "Only a Registered Tenant Organisation",
    );
    expect(await listRtoRegister()).toEqual([]);
  });
});
