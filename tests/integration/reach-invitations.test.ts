import { describe, expect, it } from "vitest";
import { getCommunication, previewAudience } from "@/lib/communications/queries";
import { db } from "@/lib/db";
import { inviteToEvent } from "@/lib/reach/invite-to-event";
import { EVERYONE } from "@/lib/reach/rules";
import { createUser } from "@/tests/factories";
import { createContactable } from "@/tests/factories/communications";
import { createEvent } from "@/tests/factories/events";

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
