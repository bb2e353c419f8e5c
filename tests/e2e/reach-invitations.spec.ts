import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, emailedLink, expectAccessible, signIn, signOut } from "./fixtures";

/** Scans the page as it is, then again at 320 px wide (tenants' pages are read on phones), and back. */
const expectAccessibleAtBothWidths = async (page: Page) => {
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
};

test("an officer invites a seldom-heard group to an event, sees how many go each way, and sends it", async ({
  page,
}) => {
  test.slow();
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/reach");
  const seldom = page.getByRole("listitem").filter({ hasText: "Age group: 16 to 24" });
  await seldom.getByRole("link", { name: /Invite 16 to 24 to an event/ }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite a group to an event");
  await expect(
    page.getByText("Current customers who answered 16 to 24 (age group) in equality monitoring."),
  ).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "By email" })).toBeVisible();
  await expectAccessible(page);
  const events = page.getByRole("group", { name: "Which event?" });
  const first = events.getByRole("radio").first();
  const eventLabel = (await events.locator("label").first().innerText()).split(",")[0]!;
  await first.check();
  await page.getByRole("button", { name: "Write the invitation" }).click();

  // The draft, written from the event, with the numbers by email, text and post before anything goes.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`You are invited: ${eventLabel}`);
  await expect(page.getByText("Draft: not sent yet.")).toBeVisible();
  for (const way of ["By email", "By text message", "By post"])
    await expect(page.getByRole("term").filter({ hasText: new RegExp(`^${way}$`) })).toBeVisible();
  await expect(page.getByText(/How to book/).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Yes, send it to \d+ (person|people)$/ }).click();
  await expect(page.getByText(/^Sent /)).toBeVisible();
  await expect(page.getByRole("table", { name: "Messages by channel and how far they have got" })).toBeVisible();
  await expectAccessible(page);
});

test("a tenant invites a young person in their home, who accepts from the email and signs in to their own account", async ({
  page,
}) => {
  test.slow();
  const stamp = Date.now();
  const name = `Jordan${stamp % 100000}`;
  const email = `jordan${stamp}@example.test`;
  await signIn(page, ACCOUNTS.tenant);
  await page.goto("/tenant/household");
  const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Add them" }) });
  await add.getByLabel("Their first name").fill(name);
  await add.getByRole("group", { name: "Their age" }).getByLabel("16 to 24").check();
  await add.getByRole("group", { name: "How are they related to you?" }).getByLabel("Son or daughter").check();
  await add.getByRole("button", { name: "Add them" }).click();
  await page.getByRole("link", { name: `Invite ${name} to their own account` }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Invite ${name} to their own account`);
  await expectAccessibleAtBothWidths(page);
  const invite = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: `Send ${name} the invitation` }) });
  await invite.getByLabel("Their email address").fill("not an email");
  await invite.getByRole("button", { name: `Send ${name} the invitation` }).click();
  await expect(invite.getByRole("alert")).toContainText("Enter an email address");
  await invite.getByLabel("Their email address").fill(email);
  await invite.getByRole("button", { name: `Send ${name} the invitation` }).click();
  await expect(
    page.getByRole("heading", { name: "We have emailed them an invitation to their own account." }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: `Invite ${name} to their own account` })).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await signOut(page);

  // The young person opens the emailed link.
  await page.goto(await emailedLink(email, "/register/invitation/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accept your invitation");
  await expect(page.getByText(`Hello ${name}.`)).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await page.getByLabel("Choose a password").fill("a long enough password");
  await page.getByLabel("Confirm password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Enter your last name");
  await expectAccessibleAtBothWidths(page);
  await page.getByLabel("Your last name").fill("Okafor");
  await page.getByLabel("Choose a password").fill("a long enough password");
  await page.getByLabel("Confirm password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?registered=1/);

  await signIn(page, email, "a long enough password");
  await expect(page.getByText(`Hello, ${name} Okafor`)).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await signOut(page);

  // The tenant sees that they have their own account now, and no second invitation is offered.
  await signIn(page, ACCOUNTS.tenant);
  await page.goto("/tenant/household");
  const entry = page.getByRole("listitem").filter({ hasText: name });
  await expect(entry).toContainText("They have their own account.");
  await expect(page.getByRole("link", { name: `Invite ${name} to their own account` })).toHaveCount(0);
});
