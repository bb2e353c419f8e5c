import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCustomerPreferences } from "@/lib/people/queries";
import { ZAssistedPreferences, ZCustomerPreferences } from "@/lib/people/schemas";
import { updateCustomerPreferences } from "@/lib/people/update-customer-preferences";
import { createUser } from "@/tests/factories";
import { createCustomer } from "@/tests/factories/people";

const preferences = (input: Record<string, unknown>) => ZCustomerPreferences.parse(input);

describe("updating contact preferences and support needs", () => {
  it("records consents with their date, keeps the date of unchanged ones, and withdraws the rest", async () => {
    const customer = await createCustomer();
    const first = new Date("2026-01-10T09:00:00Z");
    await updateCustomerPreferences({
      customerId: customer.id,
      preferences: preferences({ channels: ["EMAIL", "PHONE"] }),
      now: first,
    });
    const later = new Date("2026-03-01T09:00:00Z");
    await updateCustomerPreferences({
      customerId: customer.id,
      preferences: preferences({ channels: ["EMAIL", "SMS"], preferredChannel: "SMS" }),
      now: later,
    });
    const consents = await db.contactConsent.findMany({
      where: { customerId: customer.id },
      orderBy: { channel: "asc" },
    });
    expect(consents.map((c) => [c.channel, c.consentedAt.toISOString()])).toEqual([
      ["EMAIL", first.toISOString()],
      ["SMS", later.toISOString()],
    ]);
    expect((await getCustomerPreferences(customer.id))?.preferredChannel).toBe("SMS");
  });

  it("saves support needs, with the language and interpreter for another language", async () => {
    const customer = await createCustomer();
    await updateCustomerPreferences({
      customerId: customer.id,
      preferences: preferences({
        needs: ["LARGE_PRINT", "OTHER_LANGUAGE"],
        language: "Polish",
        interpreterNeeded: "yes",
      }),
    });
    expect(await getCustomerPreferences(customer.id)).toMatchObject({
      needs: expect.arrayContaining(["LARGE_PRINT", "OTHER_LANGUAGE"]),
      language: "Polish",
      interpreterNeeded: true,
    });
  });

  it("refuses a preferred channel without consent and another language without naming it", () => {
    const result = ZCustomerPreferences.safeParse({
      channels: "EMAIL",
      preferredChannel: "LETTER",
      needs: "OTHER_LANGUAGE",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["preferredChannel", "language"]);
  });

  it("audits a change staff make for a customer, with the reason", async () => {
    const customer = await createCustomer();
    const officer = await createUser({ role: "OFFICER" });
    const input = ZAssistedPreferences.parse({
      customerId: customer.id,
      channels: "LETTER",
      reason: "Asked by phone today",
    });
    const { customerId, reason, ...rest } = input;
    await updateCustomerPreferences({ customerId, preferences: rest, assistedBy: { actorId: officer.id, reason } });
    const event = await db.auditEvent.findFirstOrThrow();
    expect(event).toMatchObject({ actorId: officer.id, entityType: "Customer", entityId: customer.id });
    expect(event.details).toMatchObject({ reason: "Asked by phone today", consentsAdded: ["LETTER"] });
  });

  it("needs a reason when staff act for a customer", () => {
    expect(ZAssistedPreferences.safeParse({ customerId: "c1", channels: "EMAIL", reason: "" }).success).toBe(false);
  });

  it("changes nothing for an unknown customer", async () => {
    await expect(
      updateCustomerPreferences({ customerId: "missing", preferences: preferences({ channels: ["EMAIL"] }) }),
    ).rejects.toThrow("could not find");
    expect(await db.contactConsent.count()).toBe(0);
  });
});
