import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn, signOut } from "./fixtures";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const formWith = (page: Page, button: string) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button }) });

// One journey per role's part; they share the seeded panel meeting, so they run in this order.
test.describe.configure({ mode: "serial" });

test("an officer finds young people seldom heard and sends a consultation to them in one step", async ({ page }) => {
  test.slow();
  const title = `Young people's priorities ${Date.now()}`;
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Equality" }).click();
  await page.getByRole("link", { name: /Who takes part compared with who we house/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who takes part");
  await expect(page.getByRole("table", { name: /^Age group: people involved in/ })).toBeVisible();
  await expectAccessible(page);

  // The seed's young tenants: 38 customers aged 16 to 24 (about 12%: other journeys add and remove customers, so
  // the share moves a little), fewer than 5 of them involved this year.
  const seldom = page.getByRole("listitem").filter({ hasText: "Age group: 16 to 24" });
  await expect(seldom).toContainText(/1[12]\.\d% of customers; fewer than 5 people of those involved\./);
  // A newsletter for them is one step away too, with the same answer ticked.
  await seldom.getByRole("link", { name: /Write a newsletter for 16 to 24/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write a newsletter");
  const ticked = page.getByRole("group", { name: "Equality monitoring answers" });
  await expect(ticked.getByLabel("Age group: 16 to 24", { exact: true })).toBeChecked();
  await expect(ticked.getByLabel("Age group: 25 to 34", { exact: true })).not.toBeChecked();
  await expect(page.getByLabel("Everyone")).not.toBeChecked();
  await expectAccessible(page);
  await page.goBack();
  await seldom.getByRole("link", { name: /Start a consultation for 16 to 24/ }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a consultation");
  const answers = page.getByRole("group", { name: "Equality monitoring answers" });
  await expect(answers.getByLabel("Age group: 16 to 24", { exact: true })).toBeChecked();
  await expect(answers.getByLabel("Age group: 25 to 34", { exact: true })).not.toBeChecked();
  await expectAccessible(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What you are asking about").fill("What would make getting involved worth your time?");
  await page.getByLabel("Closes on").fill(inDays(14));
  await page.getByRole("button", { name: "Create consultation" }).click();

  await expect(page.getByRole("heading", { name: "Questions" })).toBeVisible();
  const question = formWith(page, "Add question");
  await question.getByRole("group", { name: "Kind of question" }).getByLabel("Written answer", { exact: true }).check();
  await question.getByRole("textbox", { name: "Question", exact: true }).fill("What would you change first?");
  await question.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("heading", { name: "What would you change first?" })).toBeVisible();
  await page.getByRole("link", { name: `Back to ${title}` }).click();
  await page.getByRole("link", { name: "Publish consultation" }).click();
  await expect(
    page.getByText("Current customers who answered 16 to 24 (age group) in equality monitoring."),
  ).toBeVisible();
  await expect(page.getByRole("definition").first()).toHaveText(/^3\d$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, publish it" }).click();
  await expect(page.getByRole("status")).toContainText("The consultation is published and open");

  // The demo tenant is not 16 to 24, so it is not offered to her.
  const tenantPage = await page.context().browser()!.newPage();
  await signIn(tenantPage, ACCOUNTS.tenant);
  await tenantPage.goto("/tenant/consultations");
  await expect(tenantPage.getByRole("link", { name: title })).toHaveCount(0);
  await tenantPage.close();
});

test("a tenant says how a meeting went, anonymously and without JavaScript, and the officer sees the results", async ({
  page,
  browser,
}) => {
  test.slow();
  const tenant = await openWithoutJavaScript(browser);
  await signIn(tenant.page, ACCOUNTS.tenant);
  await tenant.page.getByRole("link", { name: "Tell us how taking part went for you" }).click();
  await tenant.expectAccessibleMarkup();
  await tenant.page.getByRole("link", { name: "Tell us how it went: Tenant panel meeting" }).click();
  await expect(tenant.page.getByRole("heading", { level: 1 })).toHaveText("Tell us how it went");
  await tenant.expectAccessibleMarkup();
  await tenant.page.getByRole("group", { name: "Was it easy for you to take part?" }).getByLabel("Partly").check();
  await tenant.page.getByRole("group", { name: "Did you feel listened to?" }).getByLabel("Yes").check();
  await tenant.page.getByLabel(/What would make it better for you/).fill("A hearing loop in the meeting room.");
  await tenant.page.getByRole("button", { name: "Send my answers" }).click();
  await expect(tenant.page.getByRole("heading", { name: "Thank you for telling us how it went" })).toBeVisible();
  await expect(tenant.page.getByRole("link", { name: /Tenant panel meeting/ })).toHaveCount(0);
  await tenant.expectAccessibleMarkup();
  await tenant.close();

  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/reach");
  await page.getByRole("link", { name: "What people said about taking part" }).click();
  const byActivity = page.getByRole("table", { name: "Evaluation answers by activity" });
  const meeting = byActivity.getByRole("row").filter({ hasText: "Tenant panel meeting" });
  // Six seeded answers and the tenant's.
  await expect(meeting).toContainText("7");
  await expect(meeting).toContainText("4 yes, 2 partly, 1 no");
  await expect(page.getByText("A hearing loop in the meeting room.")).toBeVisible();
  await expectAccessible(page);
});

test("a tenant records who lives with them and training they would like; the officer invites those who asked", async ({
  page,
}) => {
  test.slow();
  const email = `priya${Date.now()}@example.test`;
  await signIn(page, ACCOUNTS.tenant);
  await page.getByRole("link", { name: "Who lives with you (optional)" }).click();
  await expect(page.getByRole("button", { name: "Remove Callum" })).toBeVisible();
  await expectAccessible(page);
  const add = formWith(page, "Add them");
  await add.getByLabel("Their first name").fill("Priya");
  await add.getByRole("group", { name: "Their age" }).getByLabel("16 to 24").check();
  await add.getByRole("group", { name: "How are they related to you?" }).getByLabel("Another relative").check();
  await add.getByLabel("Their email address (optional)").fill(email);
  await add.getByRole("button", { name: "Add them" }).click();
  await expect(add.getByRole("alert")).toContainText("Tick this if we may email them");
  await expectAccessible(page);
  await add.getByRole("group", { name: "May we email them about getting involved?" }).getByLabel(/^Yes/).check();
  await add.getByRole("button", { name: "Add them" }).click();
  await expect(page.getByText(`We may email them at ${email}.`)).toBeVisible();
  const children = formWith(page, "Save the number of children");
  await children.getByLabel("How many aged under 5?").fill("1");
  await children.getByRole("button", { name: "Save the number of children" }).click();
  await expect(children.getByRole("status")).toContainText("We have saved the number of children");

  await page.goto("/tenant/training");
  await expectAccessible(page);
  await page.getByRole("group", { name: "Which course would you like?" }).getByLabel("Scrutiny skills").check();
  await page.getByRole("button", { name: "Ask for this training" }).click();
  await expect(page.getByRole("status")).toContainText("We will invite you");
  await expect(page.getByRole("listitem").filter({ hasText: "Scrutiny skills" })).toBeVisible();

  await signOut(page);
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/reach/training");
  const scrutiny = page.getByRole("table", { name: "Training asked for, per course" }).getByRole("row").filter({
    hasText: "Scrutiny skills",
  });
  await expect(scrutiny).toContainText("1");
  await expectAccessible(page);
  await scrutiny.getByRole("button", { name: /Invite the 1 who asked/ }).click();
  await expect(page.getByRole("status")).toContainText("We have invited 1 people");
});

test("the board and the public see the reach summary", async ({ page }) => {
  await page.goto("/who-takes-part");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who takes part");
  await expect(page.getByRole("listitem").filter({ hasText: "Age group: 16 to 24" })).toBeVisible();
  await expectAccessible(page);
  await signIn(page, ACCOUNTS.board);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Who takes part" }).click();
  await expect(page.getByRole("table", { name: /^Area: share of people involved/ })).toBeVisible();
  await expectAccessible(page);
});
