import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createGroup } from "@/lib/groups/create-group";
import { decideJoinRequest } from "@/lib/groups/decide-join-request";
import { listMyJoinRequests, listPendingJoinRequests, listWaysToGetInvolved } from "@/lib/groups/queries";
import { requestToJoin } from "@/lib/groups/request-to-join";
import { createUser } from "@/tests/factories";
import { createCustomer } from "@/tests/factories/people";

const NOW = new Date("2026-06-01T10:00:00Z");

const setUp = async () => {
  const officer = await createUser({ role: "OFFICER" });
  const group = await createGroup({
    actor: officer,
    details: {
      name: "Riverside Residents",
      type: "RESIDENTS_GROUP",
      takesNewMembers: true,
      timeAsked: "2 hours a month",
    },
  });
  const customer = await createCustomer();
  return { officer, group, customer };
};

const consentToEmail = (customerId: string, email: string) =>
  db.customer.update({
    where: { id: customerId },
    data: { email, consents: { create: { channel: "EMAIL", consentedAt: NOW } } },
  });

describe("asking to join a group", () => {
  it("lists only groups taking new members, with what they ask", async () => {
    const { officer } = await setUp();
    await createGroup({ actor: officer, details: { name: "Closed Panel", type: "TENANT_PANEL" } });
    expect(await listWaysToGetInvolved()).toEqual([
      expect.objectContaining({ name: "Riverside Residents", timeAsked: "2 hours a month" }),
    ]);
  });

  it("refuses a second pending request for the same group, in the use case and in the database", async () => {
    const { group, customer } = await setUp();
    await requestToJoin({ customerId: customer.id, groupId: group.id, message: "I live on the estate", now: NOW });
    await expect(requestToJoin({ customerId: customer.id, groupId: group.id, now: NOW })).rejects.toMatchObject({
      message: "You have already asked to join this group. We will let you know our answer.",
    });
    await expect(db.joinRequest.create({ data: { groupId: group.id, customerId: customer.id } })).rejects.toMatchObject(
      { code: "P2002" },
    );
    expect(await db.joinRequest.count()).toBe(1);
  });

  it("refuses a group that is not taking members, as not found", async () => {
    const { officer, customer } = await setUp();
    const closed = await createGroup({ actor: officer, details: { name: "Closed Panel", type: "TENANT_PANEL" } });
    await expect(requestToJoin({ customerId: customer.id, groupId: closed.id, now: NOW })).rejects.toMatchObject({
      code: "not-found",
    });
    expect(await db.joinRequest.count()).toBe(0);
  });

  it("starts the membership on acceptance in the same transaction, audits it and emails a tenant who agreed to email", async () => {
    const { officer, group, customer } = await setUp();
    await consentToEmail(customer.id, "tenant@example.test");
    const request = await requestToJoin({ customerId: customer.id, groupId: group.id, now: NOW });
    expect(await listPendingJoinRequests()).toHaveLength(1);
    await decideJoinRequest({ actor: officer, decision: { requestId: request.id, decision: "ACCEPT" }, now: NOW });
    const membership = await db.groupMembership.findFirstOrThrow({
      where: { groupId: group.id, customerId: customer.id },
    });
    expect(membership.startedOn).toEqual(new Date("2026-06-01T00:00:00Z"));
    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "ACCEPTED",
      membershipId: membership.id,
      pending: null,
    });
    expect(
      await db.auditEvent.count({
        where: { action: "group.join_request.accepted", entityId: request.id, actorId: officer.id },
      }),
    ).toBe(1);
    expect(await db.emailMessage.findMany({ select: { to: true, subject: true } })).toEqual([
      { to: "tenant@example.test", subject: "You have joined Riverside Residents" },
    ]);
    await expect(
      decideJoinRequest({ actor: officer, decision: { requestId: request.id, decision: "ACCEPT" }, now: NOW }),
    ).rejects.toMatchObject({
      message: "That customer is already a member of this group.",
    });
    expect(await db.groupMembership.count()).toBe(1);
    // A member cannot ask again, and the tenant sees the outcome.
    await expect(requestToJoin({ customerId: customer.id, groupId: group.id, now: NOW })).rejects.toMatchObject({
      message: "You are already a member of this group.",
    });
    expect(await listMyJoinRequests(customer.id)).toEqual([expect.objectContaining({ status: "ACCEPTED" })]);
  });

  it("declines only with a reason, starts no membership, and sends no email without consent", async () => {
    const { officer, group, customer } = await setUp();
    await db.customer.update({ where: { id: customer.id }, data: { email: "no-consent@example.test" } });
    const request = await requestToJoin({ customerId: customer.id, groupId: group.id, now: NOW });
    await expect(
      db.joinRequest.update({ where: { id: request.id }, data: { status: "DECLINED", pending: null, decidedAt: NOW } }),
    ).rejects.toThrow(/JoinRequest_decision_check/);
    await decideJoinRequest({
      actor: officer,
      decision: { requestId: request.id, decision: "DECLINE", declineReason: "The group is full" },
      now: NOW,
    });
    expect(await db.groupMembership.count()).toBe(0);
    expect(await db.emailMessage.count()).toBe(0);
    await expect(
      decideJoinRequest({
        actor: officer,
        decision: { requestId: request.id, decision: "DECLINE", declineReason: "Again" },
        now: NOW,
      }),
    ).rejects.toMatchObject({ message: "This request has already been decided." });
    // Once decided, the tenant may ask again: only one pending request is refused.
    await requestToJoin({ customerId: customer.id, groupId: group.id, now: NOW });
    const mine = await listMyJoinRequests(customer.id);
    expect(mine.map((r) => r.status).sort()).toEqual(["DECLINED", "PENDING"]);
    expect(mine.find((r) => r.status === "DECLINED")?.declineReason).toBe("The group is full");
  });

  it("refuses to accept someone who is no longer an active customer", async () => {
    const { officer, group, customer } = await setUp();
    const request = await requestToJoin({ customerId: customer.id, groupId: group.id, now: NOW });
    await db.customer.update({ where: { id: customer.id }, data: { status: "FORMER" } });
    await expect(
      decideJoinRequest({ actor: officer, decision: { requestId: request.id, decision: "ACCEPT" }, now: NOW }),
    ).rejects.toMatchObject({
      message: "This person is no longer an active customer, so they cannot join. Decline the request instead.",
    });
    expect(await db.groupMembership.count()).toBe(0);
    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "PENDING" });
  });

  it("shows a tenant only their own requests", async () => {
    const { group, customer } = await setUp();
    const other = await createCustomer();
    await requestToJoin({ customerId: other.id, groupId: group.id, now: NOW });
    expect(await listMyJoinRequests(customer.id)).toEqual([]);
  });

  it("lets only one of two officers deciding at once succeed", async () => {
    const { officer, group, customer } = await setUp();
    const request = await requestToJoin({ customerId: customer.id, groupId: group.id, now: NOW });
    const results = await Promise.allSettled([
      decideJoinRequest({ actor: officer, decision: { requestId: request.id, decision: "ACCEPT" }, now: NOW }),
      decideJoinRequest({
        actor: officer,
        decision: { requestId: request.id, decision: "DECLINE", declineReason: "Full" },
        now: NOW,
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const decided = await db.joinRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(await db.groupMembership.count()).toBe(decided.status === "ACCEPTED" ? 1 : 0);
  });
});
