import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessibleAtBothWidths, openWithoutJavaScript, signIn } from "./fixtures";

const count = async (text: Promise<string>) => Number((await text).trim());

test("an officer writes, previews and sends a newsletter to a group; each is reached once and readers find it in the archive", async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const title = `Spring newsletter ${Date.now()}`;
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/communications");
  await expectAccessibleAtBothWidths(page);
  await page.getByRole("link", { name: "Write a newsletter" }).click();
  await page.getByRole("button", { name: "Save and preview" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Choose who this is for");
  await expectAccessibleAtBothWidths(page);

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Gardens, repairs and a new tenants' panel.");
  await page.getByRole("group", { name: "Section 1" }).getByLabel("Heading").fill("Community gardens");
  await page.getByRole("group", { name: "Section 1" }).getByLabel("Text").fill("The gardening club meets on Tuesdays.");
  await page.getByLabel("Text message version").fill("x".repeat(300));
  await expect(page.getByText(/texts, too long/)).toBeVisible();
  await page.getByLabel("Text message version").fill("Our spring newsletter is out: gardens, repairs and more.");
  await expect(page.getByText(/: 1 text$/)).toBeVisible();
  // A group, not everyone: other journeys count the emails their own customers get in the shared outbox.
  await page.getByRole("group", { name: "Groups" }).getByLabel("Customer Publicity Group").check();
  const cardChoices = page.getByRole("group", { name: "Cards from the portal" });
  await cardChoices.getByLabel("Open consultations", { exact: true }).check();
  await cardChoices.getByLabel("Coming events", { exact: true }).check();
  await page.getByRole("button", { name: "Save and preview" }).click();

  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "As a text message" })).toBeVisible();
  await expect(page.getByText("Reply STOP to stop texts")).toBeVisible();
  // The cards are filled from the portal in the email and letter previews; one more is added on the draft.
  const emailPreview = page.getByRole("heading", { name: "As an email" }).locator("xpath=following-sibling::div");
  const letterPreview = page.getByRole("heading", { name: "As a letter" }).locator("xpath=following-sibling::div");
  await expect(emailPreview).toContainText("HAVE YOUR SAY");
  await expect(letterPreview).toContainText("Coming events");
  const cardsForm = page.getByRole("form", { name: "Cards from the portal" });
  await cardsForm.getByLabel("Survey headline figures", { exact: true }).check();
  await cardsForm.getByRole("button", { name: "Save the cards" }).click();
  await expect(emailPreview).toContainText("WHAT TENANTS TOLD US");
  await expect(letterPreview).toContainText(/in every 100 tenants who answered/);
  const row = (term: string) =>
    page
      .locator("dl div")
      .filter({ has: page.getByText(term, { exact: true }) })
      .locator("dd");
  const [email, text, letter] = [
    await count(row("By email").innerText()),
    await count(row("By text message").innerText()),
    await count(row("By post").innerText()),
  ];
  expect(email + text + letter).toBeGreaterThan(0);
  await expectAccessibleAtBothWidths(page);
  const total = email + text + letter;
  await page.getByRole("button", { name: `Yes, send it to ${total} ${total === 1 ? "person" : "people"}` }).click();

  // The embedded database is one connection, shared with the worker sending the messages meanwhile.
  await expect(page.getByText(/^Sent /)).toBeVisible({ timeout: 60_000 });
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("cell", { name: "Waiting to go" })).toHaveCount(0);
  }).toPass({ timeout: 120_000 });
  await expectAccessibleAtBothWidths(page);

  const admin = await browser.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto(`/admin/outbox?q=${encodeURIComponent(title)}`);
  await expect(admin.getByText(`${total} emails mentioning “${title}”`)).toBeVisible();
  await admin.close();

  const reader = await openWithoutJavaScript(browser);
  await reader.page.goto("/news");
  await reader.page.getByRole("link", { name: title }).click();
  await expect(reader.page.getByRole("heading", { name: "Community gardens" })).toBeVisible();
  // The cards as they were sent, each item a link into the portal.
  for (const card of ["Have your say", "Coming events", "What tenants told us"]) {
    await expect(reader.page.getByRole("region", { name: card }).getByRole("link").first()).toBeVisible();
  }
  await reader.expectAccessibleMarkup();
  await reader.page.getByRole("group", { name: "Was this useful?" }).getByLabel("Yes").check();
  await reader.page.getByRole("button", { name: "Send" }).click();
  await expect(reader.page.getByRole("status")).toContainText("Thank you for telling us.");
  const feed = await reader.page.request.get("/news/feed.xml");
  expect(await feed.text()).toContain(`<title>${title}</title>`);
  await reader.close();

  // The archive as a reader on a phone sees it, with JavaScript: at full width and at 320 px.
  const phone = await (await browser.newContext()).newPage();
  await phone.goto("/news");
  await expectAccessibleAtBothWidths(phone);
  await phone.getByRole("link", { name: title }).click();
  await expect(phone.getByRole("heading", { name: "Community gardens" })).toBeVisible();
  await expectAccessibleAtBothWidths(phone);
  await phone.close();

  await page.reload();
  await expect(
    page.getByText("Was this useful? In the archive 1 reader said yes and 0 readers said no."),
  ).toBeVisible();
});
