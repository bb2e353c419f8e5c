import { expect, test } from "@playwright/test";
import { buildCustomers } from "@/prisma/seed-data";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

// A demo customer who agreed to email and whom no other spec touches (the seed is deterministic).
const seeded = buildCustomers("ENGLAND");
const emailable = new Set(seeded.consents.filter((c) => c.channel === "EMAIL").map((c) => c.customerId));
const customer = seeded.customers.filter((c) => c.email && c.status === "ACTIVE" && emailable.has(c.id))[100]!;

test("a registration is confirmed by an email with both parts, whose unsubscribe link works without signing in", async ({
  page,
  browser,
}) => {
  test.slow();
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/events/event-12");
  await page.getByLabel("Customer reference").fill(customer.reference);
  await page.getByRole("button", { name: "Register the customer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The customer has a place" })).toBeVisible();

  // The administrator reads the outbox in a browser of their own.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto("/admin/outbox");
  await expectAccessible(admin);
  await admin.getByLabel("Address, subject or words in the email").fill(customer.email!);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin.getByText(`1 email mentioning “${customer.email}”`)).toBeVisible();
  await admin.getByRole("link", { name: "Your place: Summer gala" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Your place: Summer gala");
  await expect(admin).toHaveTitle(/^Email: Your place: Summer gala/);
  await expect(admin.getByText("List-Unsubscribe=One-Click")).toBeVisible();
  const text = admin.locator("#text-part");
  await expect(text).toContainText(`Dear ${customer.firstName},`);
  await expect(text).toContainText("Starts: 19 Jun 2027, 12:00");
  await expect(text).toContainText("With best wishes,");
  await expectAccessible(admin);
  const unsubscribe = await text.getByRole("link", { name: /\/unsubscribe\?token=/ }).getAttribute("href");
  // The HTML part, as a mail program gets it: same words, same links, the same unsubscribe address. It is served
  // in a script-less sandbox, so it is read as a file here rather than scripted in the browser.
  const htmlHref = await admin
    .getByRole("link", { name: "Open the HTML part as a mail program shows it" })
    .getAttribute("href");
  const htmlPart = await admin.request.get(htmlHref!);
  expect(htmlPart.headers()["content-security-policy"]).toMatch(/^sandbox;/);
  const markup = await htmlPart.text();
  expect(markup).toContain("You have a place at Summer gala.");
  expect(markup).toMatch(/<a href="[^"]*\/tenant\/events\/event-12"[^>]*>See or cancel your place<\/a>/);
  expect(markup).toContain(`<a href="${unsubscribe}"`);

  // The customer follows the link with JavaScript off and no account: opening it changes nothing, the button does.
  const stranger = await openWithoutJavaScript(browser);
  await stranger.page.goto(unsubscribe!);
  await expect(stranger.page.getByRole("heading", { level: 1 })).toHaveText("Stop emails about getting involved");
  await stranger.expectAccessibleMarkup();
  await stranger.page.getByRole("button", { name: "Stop these emails" }).click();
  await expect(stranger.page.getByRole("status")).toContainText("You will not get any more of these emails");
  await stranger.expectAccessibleMarkup();
  await stranger.close();
  await adminContext.close();

  // The consent change is on the officer's view of the customer's record.
  await page.goto(`/staff/customers/${customer.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/Email \(since/)).toHaveCount(0);
});
