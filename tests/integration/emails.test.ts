import { describe, expect, it } from "vitest";
import { POST as oneClickUnsubscribe } from "@/app/(public)/as/[viewer]/unsubscribe/one-click/route";
import { db } from "@/lib/db";
import { publishConsultation } from "@/lib/consultations/publish-consultation";
import { registerForEvent } from "@/lib/events/register-for-event";
import { formatDateTime } from "@/lib/format";
import { updateContactDetails } from "@/lib/landlord/update-contact-details";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { findUnsubscriber } from "@/lib/people/unsubscribe-from-email";
import { createLandlord, createUser } from "@/tests/factories";
import { createConsultation } from "@/tests/factories/consultations";
import { createEvent, NO_NEEDS } from "@/tests/factories/events";
import { createArea, createCustomer } from "@/tests/factories/people";
import { sendQueuedNoticeEmails } from "./notice-emails";

const consenting = async (areaId: string | undefined, email: string) => {
  const customer = await createCustomer(areaId ? { areaId } : {});
  await db.customer.update({ where: { id: customer.id }, data: { email, firstName: "Ann <b>" } });
  await db.contactConsent.create({ data: { customerId: customer.id, channel: "EMAIL", consentedAt: new Date() } });
  return customer;
};

const withContactDetails = async () => {
  await createLandlord();
  const admin = await createUser({ role: "ADMIN" });
  await updateContactDetails({
    actor: admin,
    details: {
      contactPhone: "0300 123 4567",
      contactEmail: "help@test.example",
      contactAddress: "1 High Street\nNorthvale",
      openingHours: "Monday to Friday, 9am to 5pm",
    },
  });
};

const unsubscribeLink = (text: string) => {
  const link = /(https?:\/\/\S+\/unsubscribe\?token=\S+)/.exec(text)?.[1];
  if (!link) throw new Error("The email has no unsubscribe link");
  return new URL(link);
};

describe("emails made from one template", () => {
  it("has a text and an HTML part with the closing date, the link, the landlord's sign-off and an unsubscribe link", async () => {
    await withContactDetails();
    const officer = await createUser({ role: "OFFICER" });
    const area = await createArea("North");
    await consenting(area.id, "ann@example.test");
    const { consultation } = await createConsultation({ status: "DRAFT", audienceAreaIds: [area.id] });
    await publishConsultation({ actor: officer, consultationId: consultation.id });
    await sendQueuedNoticeEmails();

    const email = await db.emailMessage.findFirstOrThrow({ where: { to: "ann@example.test" } });
    const closing = formatDateTime(consultation.closesAt);
    for (const part of [email.text, email.html ?? ""]) {
      expect(part).toContain(`until ${closing}`);
      expect(part).toContain(`/tenant/consultations/${consultation.id}`);
      expect(part).toContain("Test Housing Association");
      expect(part).toContain("0300 123 4567");
      expect(part).toContain("help@test.example");
      expect(part).toContain("/unsubscribe?token=");
    }
    expect(email.text).toContain("Address: 1 High Street, Northvale");
    // The customer's name is text in the HTML part, never markup.
    expect(email.html).toContain("Hello Ann &lt;b&gt;,");
    expect(email.html).not.toContain("Ann <b>");
    expect(email.unsubscribeUrl).toMatch(/\/unsubscribe\/one-click\?token=/);
  });

  it("confirms a place at an event by email, with its date and a link to it", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const customer = await consenting(undefined, "booker@example.test");
    const event = await createEvent({ title: "Garden day", capacity: 10 });
    await registerForEvent({ actor: officer, eventId: event.id, customer: { id: customer.id }, needs: NO_NEEDS });
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: "booker@example.test" } });
    expect(email.subject).toBe("Your place: Garden day");
    expect(email.text).toContain(`Starts: ${formatDateTime(event.startsAt)}`);
    expect(email.html).toContain(`/tenant/events/${event.id}`);
    expect(email.html).toContain("/unsubscribe?token=");
  });
});

describe("unsubscribing from the link in an email", () => {
  it("withdraws the consent by one-click POST, audits it once, and sends no more involvement emails", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const customer = await consenting(undefined, "leaver@example.test");
    await registerForEvent({
      actor: officer,
      eventId: (await createEvent()).id,
      customer: { id: customer.id },
      needs: NO_NEEDS,
    });
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: "leaver@example.test" } });
    const page = unsubscribeLink(email.text);
    const token = page.searchParams.get("token") as string;
    expect(await findUnsubscriber(token)).toEqual({ firstName: "Ann <b>", subscribed: true });

    const oneClick = () =>
      oneClickUnsubscribe(
        new Request(email.unsubscribeUrl as string, { method: "POST", body: "List-Unsubscribe=One-Click" }),
      );
    expect((await oneClick()).status).toBe(200);
    expect(await db.contactConsent.count({ where: { customerId: customer.id } })).toBe(0);
    expect((await oneClick()).status).toBe(200);
    expect(
      await db.auditEvent.findMany({
        where: { action: "customer.consent.withdrawn_by_email_link" },
        select: { entityId: true, actorId: true },
      }),
    ).toEqual([{ entityId: customer.id, actorId: null }]);

    await registerForEvent({
      actor: officer,
      eventId: (await createEvent()).id,
      customer: { id: customer.id },
      needs: NO_NEEDS,
    });
    expect(await db.emailMessage.count({ where: { to: "leaver@example.test" } })).toBe(1);
  });

  it("sends a person's form post on to the confirmation page", async () => {
    const customer = await consenting(undefined, "form@example.test");
    const response = await oneClickUnsubscribe(
      new Request(`http://localhost:3000/unsubscribe/one-click?token=${unsubscribeToken(customer.id)}`, {
        method: "POST",
        body: "",
      }),
    );
    expect(response.status).toBe(303);
    // Relative, so the browser stays on the address it used, whatever host name the server was reached by.
    expect(response.headers.get("location")).toMatch(/^\/unsubscribe\?token=[^&]+&done=1$/);
    expect(await db.contactConsent.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("refuses an altered or made-up link and changes nothing", async () => {
    const customer = await consenting(undefined, "stays@example.test");
    const other = await createCustomer();
    // Someone else's id with this customer's signature.
    const forged = `${Buffer.from(other.id).toString("base64url")}.${unsubscribeToken(customer.id).split(".")[1]}`;
    for (const token of [forged, "nonsense", ""]) {
      const response = await oneClickUnsubscribe(
        new Request(`http://localhost:3000/unsubscribe/one-click?token=${token}`, {
          method: "POST",
          body: "List-Unsubscribe=One-Click",
        }),
      );
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("This unsubscribe link is not complete");
    }
    await expect(findUnsubscriber(forged)).rejects.toThrow("This unsubscribe link is not complete");
    expect(await db.contactConsent.count({ where: { customerId: customer.id } })).toBe(1);
  });
});
