import { describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { getCommunication, previewAudience } from "@/lib/communications/queries";
import { db } from "@/lib/db";
import { registerForEvent } from "@/lib/events/register-for-event";
import { acceptInvitation } from "@/lib/people/invite-customer";
import { inviteHouseholdMember } from "@/lib/reach/household-accounts";
import { addHouseholdMember } from "@/lib/reach/save-household";
import { inviteToEvent } from "@/lib/reach/invite-to-event";
import { EVERYONE } from "@/lib/reach/rules";
import { createUser } from "@/tests/factories";
import { createContactable } from "@/tests/factories/communications";
import { createEvent, NO_NEEDS } from "@/tests/factories/events";
import { createCustomer } from "@/tests/factories/people";

describe("inviting a seldom-heard group to an event", () => {
  it("drafts the event's invitation for that group only, counted by email, text and post before sending", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const age = await db.equalityQuestion.create({
      data: { key: "age", label: "Age group", options: ["16 to 24", "25 to 34"], position: 1 },
    });
    const young = async (consents: ("EMAIL" | "SMS")[], preferred?: "EMAIL" | "SMS") => {
      const customer = await createContactable(consents, { preferred });
      await db.equalityAnswer.create({
        data: { customerId: customer.id, questionId: age.id, answer: "16 to 24", answeredAt: new Date() },
      });
    };
    await young(["EMAIL"], "EMAIL");
    await young(["SMS"], "SMS");
    await young([]); // no consent: a letter to their home
    const older = await createContactable(["EMAIL"]);
    await db.equalityAnswer.create({
      data: { customerId: older.id, questionId: age.id, answer: "25 to 34", answeredAt: new Date() },
    });
    const event = await createEvent({ title: "Young people's open evening" });

    const audience = { ...EVERYONE, audienceEqualityAnswers: ["age=16 to 24"] };
    const { id } = await inviteToEvent({ actor: officer, eventId: event.id, audience });
    const draft = await getCommunication(id);
    expect(draft).toMatchObject({ status: "DRAFT", title: "You are invited: Young people's open evening" });
    expect(draft!.sections.at(-1)!.text).toContain(`/events/${event.id}`);
    expect((await previewAudience(draft!.audience)).counts).toEqual({ email: 1, text: 1, letter: 1, unreachable: 0 });
    expect(await db.delivery.count()).toBe(0);
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: "communication.drafted", entityId: id } }),
    ).toMatchObject({ actorId: officer.id, details: { invitationTo: event.id } });
  });

  it("refuses an event whose booking has closed, or one that does not exist, and writes nothing", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const now = new Date();
    const closed = await createEvent({ now, registrationClosesAt: new Date(now.getTime() - 60_000) });
    const past = await createEvent({ now, startsInHours: -48 });
    const audience = { ...EVERYONE, audienceKinds: ["LEASEHOLDER" as const] };
    for (const eventId of [closed.id, past.id])
      await expect(inviteToEvent({ actor: officer, eventId, audience, now })).rejects.toThrow(/Booking for that event/);
    await expect(inviteToEvent({ actor: officer, eventId: "nothing", audience, now })).rejects.toThrow(
      /Choose an event/,
    );
    expect(await db.communication.count()).toBe(0);
  });
});

describe("a young person in a tenant's household taking up their own account", () => {
  const member = (customerId: string, ageBand: "AGE_16_TO_24" | "AGE_25_TO_64" = "AGE_16_TO_24") =>
    addHouseholdMember({
      customerId,
      member: { firstName: "Sam", ageBand, relationship: "SON_OR_DAUGHTER", contactConsent: false },
    });
  const emailedToken = async (to: string) => {
    const email = await db.emailMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
    return /invitation\/([\w-]+)/.exec(email.text)?.[1] ?? "";
  };

  it("gets their own customer record linked to the household record, signs in and books an event in their name", async () => {
    const tenant = await createCustomer({ lastName: "Okafor" });
    const tenantUser = await createUser({ role: "TENANT" });
    const sam = await member(tenant.id);
    await inviteHouseholdMember({
      actor: tenantUser,
      customerId: tenant.id,
      memberId: sam.id,
      email: "sam@example.test",
    });
    const token = await emailedToken("sam@example.test");
    await expect(acceptInvitation({ token, password: "long enough password" })).rejects.toThrow("Enter your last name");
    // The refusal rolled back: the link still works.
    await acceptInvitation({ token, password: "long enough password", lastName: "Okafor-Reid" });

    const record = await db.householdMember.findUniqueOrThrow({
      where: { id: sam.id },
      select: { ownCustomer: { select: { id: true, kind: true, firstName: true, lastName: true, homeId: true } } },
    });
    expect(record.ownCustomer).toMatchObject({
      kind: "HOUSEHOLD_MEMBER",
      firstName: "Sam",
      lastName: "Okafor-Reid",
      homeId: tenant.homeId,
    });
    const signedIn = await verifySignIn({ email: "sam@example.test", password: "long enough password", ip: "x" });
    expect(signedIn.role).toBe("TENANT");
    expect((await db.user.findUniqueOrThrow({ where: { id: signedIn.id } })).customerId).toBe(record.ownCustomer!.id);
    // The tenant's own record has no account from this: the invitation was for Sam.
    expect(await db.user.count({ where: { customerId: tenant.id } })).toBe(0);

    const event = await createEvent();
    await registerForEvent({
      actor: { id: signedIn.id, role: "TENANT" },
      eventId: event.id,
      customer: { id: record.ownCustomer!.id },
      needs: NO_NEEDS,
    });
    expect(await db.eventRegistration.count({ where: { customerId: record.ownCustomer!.id } })).toBe(1);
    await expect(acceptInvitation({ token, password: "long enough password", lastName: "X" })).rejects.toThrow(
      "already been used",
    );
    await expect(
      inviteHouseholdMember({ actor: tenantUser, customerId: tenant.id, memberId: sam.id, email: "sam@example.test" }),
    ).rejects.toThrow("already have their own account");
  });

  it("is refused for someone 25 or over, for another household, and an account link for anyone not 16 to 24", async () => {
    const tenant = await createCustomer();
    const neighbour = await createCustomer();
    const tenantUser = await createUser({ role: "TENANT" });
    const adult = await member(tenant.id, "AGE_25_TO_64");
    await expect(
      inviteHouseholdMember({ actor: tenantUser, customerId: tenant.id, memberId: adult.id, email: "a@example.test" }),
    ).rejects.toThrow("Only people aged 16 to 24");
    const sam = await member(tenant.id);
    await expect(
      inviteHouseholdMember({ actor: tenantUser, customerId: neighbour.id, memberId: sam.id, email: "s@example.test" }),
    ).rejects.toThrow("We could not find that household member.");
    expect(await db.invitation.count()).toBe(0);
    await expect(
      db.householdMember.update({ where: { id: adult.id }, data: { ownCustomerId: neighbour.id } }),
    ).rejects.toThrow(/HouseholdMember_own_account_check/);
  });

  it("can be sent by an officer for the tenant's household, and is audited as theirs", async () => {
    const tenant = await createCustomer();
    const officer = await createUser({ role: "OFFICER" });
    const sam = await member(tenant.id);
    await inviteHouseholdMember({
      actor: officer,
      customerId: tenant.id,
      memberId: sam.id,
      email: "sam2@example.test",
    });
    expect(await emailedToken("sam2@example.test")).not.toBe("");
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "household-member.invited" } })).toMatchObject({
      actorId: officer.id,
      entityId: sam.id,
    });
    expect(await db.householdMember.findUniqueOrThrow({ where: { id: sam.id } })).toMatchObject({
      email: "sam2@example.test",
      ownCustomerId: null,
    });
  });
});
