import { afterAll, describe, expect, it } from "vitest";
import { chooseCards } from "@/lib/communications/choose-cards";
import { deliver } from "@/lib/communications/deliver";
import { lettersPdf } from "@/lib/communications/letters";
import { getCommunication, getPublishedNews } from "@/lib/communications/queries";
import { newsLink, renderForChannel } from "@/lib/communications/render-message";
import { fullTextMessage } from "@/lib/communications/schemas";
import { sendCommunication } from "@/lib/communications/send-communication";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { createUser } from "@/tests/factories";
import { createContactable, createDraft } from "@/tests/factories/communications";
import { createConsultation } from "@/tests/factories/consultations";
import { createEvent } from "@/tests/factories/events";

afterAll(stopBoss);

const SIGN_OFF = { name: "Test HA", contactPhone: null, contactEmail: null, contactAddress: null, openingHours: null };

/** An open consultation, a coming event and a published "You said, We did", each with a title to look for. */
const portalNews = async () => {
  const { consultation: open } = await createConsultation();
  await db.consultation.update({ where: { id: open.id }, data: { title: "New bin stores" } });
  const event = await createEvent({ title: "Garden open day" });
  const { consultation: done } = await createConsultation({
    status: "CLOSED",
    closesAt: new Date(Date.now() - 86_400_000),
  });
  await db.consultation.update({
    where: { id: done.id },
    data: {
      title: "Repairs by text",
      status: "OUTCOME_PUBLISHED",
      youSaid: "You wanted repair times by text.",
      outcome: "Repair times now come by text message.",
      outcomePublishedAt: new Date(),
    },
  });
  return { open, event, done };
};

describe("cards filled from the portal in a newsletter", () => {
  it("previews a draft's cards from live data and keeps the sent ones whatever changes afterwards", async () => {
    const officer = await createUser({ role: "OFFICER" });
    const { open, event } = await portalNews();
    await createContactable(["EMAIL"]);
    await createContactable([]);
    const { id } = await createDraft();

    await chooseCards({
      actor: officer,
      communicationId: id,
      kinds: ["outcomes", "consultations", "events", "survey"],
    });
    expect(await db.auditEvent.count({ where: { action: "communication.cards.changed", entityId: id } })).toBe(1);
    const draft = await getCommunication(id);
    // No published survey: that card is left out rather than shown empty.
    expect(draft?.cardKinds).toEqual(["outcomes", "consultations", "events", "survey"]);
    expect(draft?.cards.map((card) => [card.heading, card.items.map((item) => item.title)])).toEqual([
      ["Have your say", ["New bin stores"]],
      ["Coming events", ["Garden open day"]],
      ["You said, We did", ["Repairs by text"]],
    ]);

    await sendCommunication({ actor: officer, communicationId: id, expectedTotal: 2 });
    // What the portal says now is not what the newsletter said then.
    await db.consultation.update({ where: { id: open.id }, data: { title: "Renamed after sending" } });
    await db.event.delete({ where: { id: event.id } });

    const sent = await getCommunication(id);
    const archived = await getPublishedNews(id);
    for (const shown of [sent?.cards, archived?.cards]) {
      expect(shown?.map((card) => card.items[0]?.title)).toEqual([
        "New bin stores",
        "Garden open day",
        "Repairs by text",
      ]);
    }
    await expect(chooseCards({ actor: officer, communicationId: id, kinds: [] })).rejects.toThrow(
      "This newsletter has been sent, so it can no longer change.",
    );

    for (const delivery of await db.delivery.findMany({ where: { communicationId: id } })) {
      await deliver({ deliveryId: delivery.id }, { lastTry: false });
    }
    const outbox = await db.emailMessage.findMany({ select: { channel: true, text: true, html: true } });
    const email = outbox.find((message) => message.channel === "EMAIL");
    const letter = outbox.find((message) => message.channel === "LETTER");
    expect(email?.text).toMatch(/HAVE YOUR SAY[\s\S]*New bin stores[\s\S]*\/consultations\//);
    expect(email?.html).toContain("Garden open day");
    expect(email?.text).not.toContain("Renamed after sending");
    expect(letter?.text).toMatch(/You said, We did\n\nRepairs by text: We did: Repair times now come by text/);
    const pdf = await lettersPdf(sent as NonNullable<typeof sent>, "large", new Date());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("leaves cards out of the text message, which stays within its two segments with the link to them", async () => {
    const officer = await createUser({ role: "OFFICER" });
    await portalNews();
    const { id } = await createDraft();
    await chooseCards({ actor: officer, communicationId: id, kinds: ["consultations", "events"] });
    const draft = (await getCommunication(id)) as NonNullable<Awaited<ReturnType<typeof getCommunication>>>;
    expect(draft.cards).toHaveLength(2);
    expect(renderForChannel("SMS", draft, { customerId: "c1", firstName: "Ann" }, SIGN_OFF).text).toBe(
      fullTextMessage(draft.textMessage, newsLink(id)),
    );
  });
});
