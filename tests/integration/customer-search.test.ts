import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCustomerProfile, listRtoRegister, searchCustomers } from "@/lib/people/queries";
import { ZCustomerSearch } from "@/lib/people/schemas";
import { createConsultation } from "@/tests/factories/consultations";
import { createEvent } from "@/tests/factories/events";
import { createArea, createCustomer } from "@/tests/factories/people";

const search = (query: Record<string, string>) => searchCustomers(ZCustomerSearch.parse(query));
const names = async (query: Record<string, string>) =>
  (await search(query)).customers.map((c) => `${c.firstName} ${c.lastName}`);

describe("finding customers", () => {
  it("matches every word of the search against names, reference or postcode", async () => {
    await createCustomer({ firstName: "Morag", lastName: "Campbell", postcode: "NV1 2AB" });
    await createCustomer({ firstName: "Morag", lastName: "Fraser" });
    const other = await createCustomer({ firstName: "Kwame", lastName: "Mensah" });
    expect(await names({ q: "morag" })).toEqual(["Morag Campbell", "Morag Fraser"]);
    expect(await names({ q: "Morag campbell" })).toEqual(["Morag Campbell"]);
    expect(await names({ q: "nv1" })).toEqual(["Morag Campbell"]);
    expect(await names({ q: other.reference.toLowerCase() })).toEqual(["Kwame Mensah"]);
  });

  it("filters by area, kind, group, consent and support need", async () => {
    const riverside = await createArea("Riverside");
    const a = await createCustomer({ firstName: "Area", lastName: "Match", areaId: riverside.id });
    const b = await createCustomer({ firstName: "Lease", lastName: "Holder", kind: "LEASEHOLDER" });
    const c = await createCustomer({ firstName: "Panel", lastName: "Member" });
    const group = await db.group.create({ data: { name: "Scrutiny", type: "SCRUTINY_PANEL" } });
    await db.groupMembership.create({
      data: { groupId: group.id, customerId: c.id, startedOn: new Date("2025-01-01") },
    });
    await db.contactConsent.create({ data: { customerId: a.id, channel: "SMS", consentedAt: new Date() } });
    await db.supportNeed.create({ data: { customerId: b.id, kind: "LARGE_PRINT" } });
    expect(await names({ area: riverside.id })).toEqual(["Area Match"]);
    expect(await names({ kind: "LEASEHOLDER" })).toEqual(["Lease Holder"]);
    expect(await names({ group: group.id })).toEqual(["Panel Member"]);
    expect(await names({ channel: "SMS" })).toEqual(["Area Match"]);
    expect(await names({ need: "LARGE_PRINT" })).toEqual(["Lease Holder"]);
  });

  it("ignores malformed filters instead of failing", async () => {
    await createCustomer();
    const result = await search({ kind: "DRAGON", page: "-3", channel: "PIGEON" });
    expect(result.total).toBe(1);
  });

  it("pages through results 25 at a time", async () => {
    for (let i = 0; i < 27; i += 1) await createCustomer({ lastName: `Page${String(i).padStart(2, "0")}` });
    const second = await search({ page: "2" });
    expect(second.total).toBe(27);
    expect(second.pages).toBe(2);
    expect(second.customers.map((c) => c.lastName)).toEqual(["Page25", "Page26"]);
  });

  it("shows a customer's groups as their involvement history, and hides anonymised customers", async () => {
    const customer = await createCustomer();
    const group = await db.group.create({ data: { name: "Tenant Panel", type: "TENANT_PANEL" } });
    await db.groupMembership.create({
      data: { groupId: group.id, customerId: customer.id, role: "CHAIR", startedOn: new Date("2024-04-01") },
    });
    const profile = await getCustomerProfile(customer.id);
    expect(profile?.memberships).toMatchObject([{ role: "CHAIR", group: { name: "Tenant Panel" } }]);
    await db.customer.update({ where: { id: customer.id }, data: { anonymisedAt: new Date() } });
    expect(await getCustomerProfile(customer.id)).toBeNull();
    expect((await search({})).total).toBe(0);
  });
});

describe("the RTO register", () => {
  it("lists registered tenant organisations and not other groups", async () => {
    await db.group.createMany({
      data: [
        { name: "Riverside TRA", type: "RTO", rtoStatus: "REGISTERED", rtoRegisteredOn: new Date("2020-01-01") },
        { name: "Old Group", type: "RTO", rtoStatus: "DEREGISTERED", deregistrationReason: "Wound up" },
        { name: "Scrutiny Panel", type: "SCRUTINY_PANEL" },
      ],
    });
    expect((await listRtoRegister()).map((r) => [r.name, r.rtoStatus])).toEqual([
      ["Riverside TRA", "REGISTERED"],
      ["Old Group", "DEREGISTERED"],
    ]);
  });

  it("shows consultations answered, events registered for or walked into, and surveys answered", async () => {
    const customer = await createCustomer();
    const { consultation } = await createConsultation();
    await db.consultationResponse.create({
      data: {
        consultationId: consultation.id,
        customerId: customer.id,
        channel: "PHONE",
        submittedAt: new Date(),
        updatedAt: new Date(),
      },
    });
    const [registered, walkedIn] = [await createEvent({ title: "Gala day" }), await createEvent({ title: "Drop-in" })];
    await db.eventRegistration.create({
      data: { eventId: registered.id, customerId: customer.id, status: "REGISTERED", registeredAt: new Date() },
    });
    await db.eventAttendance.createMany({
      data: [
        { eventId: registered.id, customerId: customer.id, walkIn: false, recordedAt: new Date() },
        { eventId: walkedIn.id, customerId: customer.id, walkIn: true, recordedAt: new Date() },
      ],
    });
    const round = await db.surveyRound.create({ data: { regime: "ENGLAND", year: 2026 } });
    await db.perceptionResponse.create({
      data: {
        roundId: round.id,
        respondentRef: customer.reference,
        customerId: customer.id,
        tenure: "LCRA",
        method: "TELEPHONE",
      },
    });
    const profile = await getCustomerProfile(customer.id);
    expect(profile?.consultationResponses).toMatchObject([
      { channel: "PHONE", consultation: { title: consultation.title } },
    ]);
    expect(profile?.eventRegistrations).toMatchObject([
      { status: "REGISTERED", event: { title: "Gala day", attendances: [{ walkIn: false }] } },
    ]);
    expect(profile?.eventAttendances).toMatchObject([{ event: { title: "Drop-in" } }]);
    expect(profile?.perceptionResponses).toMatchObject([{ method: "TELEPHONE", round: { year: 2026 } }]);
  });

  it("counts everyone not anonymised from an index, without reading the customer table", async () => {
    await createCustomer();
    const plan = await db.$transaction(async (tx) => {
      // With a handful of test rows the planner would read the table anyway; forbidding that shows an index can serve.
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        'EXPLAIN SELECT count(*) FROM "Customer" WHERE "anonymisedAt" IS NULL',
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Customer_anonymisedAt_idx");
  });
});
