import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn, signOut } from "./fixtures";

const form = (page: Page, name: string) => page.getByRole("form", { name });

test("an officer drafts, consults on and approves a strategy, plans an action and reports progress to the board", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const title = `E2E involvement strategy ${Date.now()}`;
  const priority = `Listen in new ways ${Date.now()}`;
  const action = `Pop-up listening stall ${Date.now()}`;
  const update = `Stall booked for the market ${Date.now()}`;

  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Strategy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Involvement strategy");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Start a new strategy from a blank page" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator("#title-error")).toContainText("Enter a title");
  await expectAccessible(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Start date").fill("2026-04-01");
  await page.getByLabel("End date").fill("2029-03-31");
  await page.getByLabel("Vision").fill("Tenants lead change in their neighbourhoods.");
  await page.getByLabel("Values").fill("Listen first.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("status").filter({ hasText: "The draft has been created" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Objective", { exact: true }).fill("Hear every voice");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByRole("heading", { name: "Objective 1: Hear every voice" })).toBeVisible();
  await form(page, "Add a strategic priority").getByLabel("Hear every voice").check();
  await page.getByLabel("Priority", { exact: true }).fill(priority);
  await page.getByRole("button", { name: "Add priority" }).click();
  await expect(page.getByRole("heading", { name: `Strategic Priority 1: ${priority}` })).toBeVisible();
  await form(page, "Add a commitment").getByLabel(`Strategic Priority 1: ${priority}`).check();
  await page.getByLabel("Commitment", { exact: true }).fill("We will hold listening stalls in every area.");
  await page.getByRole("button", { name: "Add commitment" }).click();
  await expect(
    page.getByRole("listitem").filter({ hasText: "We will hold listening stalls in every area." }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Objective", { exact: true }).fill("Objective added by mistake");
  await page.getByRole("button", { name: "Add objective" }).click();
  await form(page, "Remove from the draft").getByLabel("Objective 2: Objective added by mistake").check();
  await page.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed: Objective added by mistake" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Objective 2: Objective added by mistake" })).toHaveCount(0);

  await form(page, "Link a consultation")
    .getByLabel("Your say on our draft involvement strategy", { exact: false })
    .check();
  await page.getByRole("button", { name: "Save the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The consultation has been linked." })).toBeVisible();

  await page.getByRole("button", { name: "Send for consultation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The strategy is now out for consultation." })).toBeVisible();
  await expect(page.getByText("Out for consultation", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Approval before the equality impact assessment is refused with a reason the officer can act on.
  await page.getByLabel("Approved by").fill("Board of Management");
  await page.getByLabel("Minute reference").fill("BM 26/101");
  await page.getByRole("button", { name: "Record approval" }).click();
  await expect(form(page, "Record approval").getByRole("alert")).toContainText(
    "The strategy cannot be approved until the equality impact assessment is complete. Still to assess: Age",
  );
  await expectAccessible(page);

  await page.getByRole("link", { name: "Complete the equality impact assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Equality impact assessment");
  await expectAccessible(page);
  const impacts = page.getByRole("group", { name: /: likely impact$/ });
  const count = await impacts.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let index = 0; index < count; index += 1) {
    const group = impacts.nth(index);
    const name = (await group.locator("legend").textContent())?.replace(": likely impact", "");
    await group.getByLabel("Neutral").check();
    await page.getByLabel(`${name}: evidence`).fill(`No different effect on ${name} found in the tenant profile.`);
  }
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The equality impact assessment has been saved." }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: `Back to ${title}` }).click();
  await expect(page.getByText(`${count} of ${count} protected characteristics assessed.`)).toBeVisible();
  await page.getByLabel("Approved by").fill("Board of Management");
  await page.getByLabel("Minute reference").fill("BM 26/101");
  await page.getByRole("button", { name: "Record approval" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The approval has been recorded." })).toBeVisible();
  await expect(page.getByText(/minute BM 26\/101/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Start action plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Action plan \d{4}\/\d{2}$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(form(page, "Add an action").getByRole("alert")).toContainText(
    "Choose the priority this action delivers",
  );
  await expectAccessible(page);
  await form(page, "Add an action").getByLabel(`Strategic Priority 1: ${priority}`).check();
  await page.getByLabel("Action", { exact: true }).fill(action);
  await page.getByLabel("Owner").fill("Involvement team");
  await page.getByLabel("Target date").fill("2030-01-31");
  await page.getByLabel("Measure of success").fill("100 conversations recorded");
  await page.getByRole("button", { name: "Add action" }).click();
  const row = page
    .getByRole("table", { name: /^Actions in the Action plan/ })
    .getByRole("row", { name: new RegExp(action) });
  await expect(row).toContainText("Not started");
  await expect(row).toContainText("No update this quarter");
  await expectAccessible(page);

  await row.getByRole("link", { name: action }).click();
  await expectAccessible(page);
  await page.getByLabel("At risk").check();
  await page.getByLabel("What has happened").fill(update);
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your progress update has been posted." })).toBeVisible();
  await expect(page.getByText(update)).toBeVisible();
  await expectAccessible(page);

  await signOut(page);
  await signIn(page, ACCOUNTS.board);
  await page.getByRole("navigation", { name: "Board pages" }).getByRole("link", { name: "Strategy report" }).click();
  await expect(page).toHaveURL(/\/board\/strategy\/report\?/);
  // The report opens on the latest finished quarter; the update was posted in the quarter under way.
  const today = new Date();
  const month = today.getUTCMonth() + 1;
  await page
    .getByLabel("Financial year")
    .selectOption(String(month >= 4 ? today.getUTCFullYear() : today.getUTCFullYear() - 1));
  await page.getByLabel("Quarter", { exact: true }).selectOption(String(Math.floor(((month + 8) % 12) / 3) + 1));
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Quarter [1-4] \d{4}\/\d{2}/);
  await expect(page.getByText("This quarter is in progress")).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Actions at risk, off track or overdue" })
      .getByRole("row", { name: new RegExp(action) }),
  ).toContainText("At risk");
  await expect(
    page
      .getByRole("table", { name: "Actions by priority and status" })
      .getByRole("row", { name: new RegExp(priority) }),
  ).toBeVisible();
  await expect(page.getByText(update)).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as presented" })).toHaveCount(0);
  await expectAccessible(page);

  // Only an administrator records that the report went to a meeting.
  const meeting = `Board of Management ${Date.now()}`;
  await signOut(page);
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/board/strategy/report");
  await expect(page.getByText("Not yet presented to the board or any other body.")).toBeVisible();
  await page.getByLabel("Meeting", { exact: true }).fill(meeting);
  await page.getByRole("button", { name: "Mark as presented" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The report has been marked as presented." })).toBeVisible();
  await expect(page.getByText(`Presented to the board (${meeting}) on`)).toBeVisible();
  await expectAccessible(page);
});

test("an officer without JavaScript adds a term to the jargon buster, which tenants then see", async ({ browser }) => {
  const term = `Tenant voice ${Date.now()}`;
  const { page, expectAccessibleMarkup, close } = await openWithoutJavaScript(browser);
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/strategy/jargon");
  await expectAccessibleMarkup();
  await page.getByLabel("Word or phrase").fill(term);
  await page.getByRole("button", { name: "Add term" }).click();
  await expect(page.locator("#definition-error")).toContainText("Enter what it means in plain English");
  await expect(page.getByLabel("Word or phrase")).toHaveValue(term);
  await expectAccessibleMarkup();
  await page.getByLabel("What it means").fill("What tenants tell us, and how it changes what we do.");
  await page.getByRole("button", { name: "Add term" }).click();
  await expect(page.getByRole("status")).toContainText(`"${term}" has been saved in the jargon buster.`);
  await page.goto("/strategy");
  await expect(page.getByRole("term").filter({ hasText: term })).toBeVisible();
  await close();
});

test("anyone can read the strategy in force and its jargon buster without JavaScript", async ({ browser }) => {
  const { page, expectAccessibleMarkup, close } = await openWithoutJavaScript(browser);
  await page.goto("/strategy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our involvement strategy");
  await expect(page.getByRole("heading", { name: "How we are doing" })).toBeVisible();
  await expect(page.getByRole("region", { name: "What tenants told us" })).toContainText("42 people responded");
  await expect(page.getByRole("heading", { name: "Jargon buster" })).toBeVisible();
  await expect(
    page.getByRole("definition").filter({ hasText: "Tenants looking closely at one of our services" }),
  ).toBeVisible();
  await expectAccessibleMarkup();
  await close();
});

test("tenants cannot open the staff strategy pages or the board report", async ({ page }) => {
  await signIn(page, ACCOUNTS.tenant);
  expect((await page.goto("/staff/strategy"))?.status()).toBe(403);
  expect((await page.goto("/board/strategy/report"))?.status()).toBe(403);
});
