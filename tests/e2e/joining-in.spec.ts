import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

/** An officer adds a residents' group open to new members; each test makes its own, so specs never share one. */
const openGroup = async (browser: Browser, name: string) => {
  const context = await browser.newContext();
  const officer = await context.newPage();
  await signIn(officer, ACCOUNTS.officer);
  await officer.goto("/staff/groups/new");
  await officer.getByLabel("Name of the group").fill(name);
  await officer.getByLabel("Residents' group", { exact: true }).check();
  await officer.getByLabel("Takes new members: list it on the Ways to get involved page").check();
  await officer.getByLabel("Time it asks for").fill("2 hours a month");
  await officer.getByLabel("How and when it meets").fill("Monthly, Tuesday evenings");
  await officer.getByLabel("Skills that help").fill("None needed");
  await officer.getByRole("button", { name: "Add the group" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(name);
  return officer;
};

/** The officer opens the waiting request for this group from the queue. */
const openRequest = async (officer: Page, groupName: string) => {
  await officer.goto("/staff/groups/requests");
  await officer
    .getByRole("row", { name: new RegExp(groupName) })
    .getByRole("link")
    .click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Request from Morag Campbell");
};

test("a tenant asks to join a group, cannot ask twice, and an officer accepts", async ({ page, browser }) => {
  // Two roles side by side and nine scans.
  test.slow();
  const name = `Canal Street Residents ${Date.now()}`;
  const officer = await openGroup(browser, name);
  await expectAccessible(officer);

  await signIn(page, ACCOUNTS.tenant);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Ways to get involved" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ways to get involved");
  const section = page.getByRole("region", { name });
  await expect(section).toContainText("2 hours a month");
  await expect(section).toContainText("Monthly, Tuesday evenings");
  await expectAccessible(page);
  await section.getByRole("link", { name: `Ask to join ${name}` }).click();
  await expect(page).toHaveURL(/\/join$/);
  const joinUrl = page.url();
  await expectAccessible(page);
  await page
    .getByLabel("Anything you would like to tell us (optional)")
    .fill("I have lived on Canal Street for ten years.");
  await page.getByRole("button", { name: `Ask to join ${name}` }).click();
  await expect(page.getByRole("status")).toContainText("We have your request to join");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Waiting for an answer");
  await expectAccessible(page);

  await page.goto(joinUrl);
  await page.getByRole("button", { name: `Ask to join ${name}` }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "You have already asked to join this group",
  );
  await expectAccessible(page);
  expect((await page.goto("/staff/groups/requests"))?.status()).toBe(403);

  // The officer is still on the new group's page: it now points to the waiting request.
  await officer.reload();
  await officer.getByRole("link", { name: "1 request to join is waiting for an answer" }).click();
  await expect(officer).toHaveURL(/\/staff\/groups\/requests$/);
  await openRequest(officer, name);
  await expect(officer.getByText("I have lived on Canal Street for ten years.")).toBeVisible();
  await expectAccessible(officer);
  await officer.getByLabel("Decline", { exact: true }).check();
  await officer.getByRole("button", { name: "Save the decision" }).click();
  await expect(officer.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Say why the request is declined",
  );
  await expectAccessible(officer);
  await officer.getByLabel("Accept: they become a member today").check();
  await officer.getByRole("button", { name: "Save the decision" }).click();
  await expect(officer.getByRole("status")).toContainText("The request has been accepted");
  await expectAccessible(officer);
  await officer.goto("/staff/groups");
  await officer.getByRole("link", { name }).click();
  await expect(officer.getByRole("table", { name: `Members of ${name}` })).toContainText("Morag Campbell");

  await page.goto("/tenant/groups");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Accepted");
  await officer.context().close();
});

test("without JavaScript a tenant asks to join, is told about a too-long message, and sees the officer's reason for declining", async ({
  browser,
}) => {
  const name = `Mill Lane Residents ${Date.now()}`;
  const officer = await openGroup(browser, name);
  const { page, expectAccessibleMarkup, close } = await openWithoutJavaScript(browser);
  await signIn(page, ACCOUNTS.tenant);
  await page.getByRole("link", { name: "Ways to get involved" }).first().click();
  await expectAccessibleMarkup();
  await page.getByRole("link", { name: `Ask to join ${name}` }).click();
  await expectAccessibleMarkup();
  await page.getByLabel("Anything you would like to tell us (optional)").fill("x".repeat(1001));
  await page.getByRole("button", { name: `Ask to join ${name}` }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Your message must be 1,000 characters or fewer",
  );
  await expectAccessibleMarkup();
  await page.getByLabel("Anything you would like to tell us (optional)").fill("");
  await page.getByRole("button", { name: `Ask to join ${name}` }).click();
  await expect(page.getByRole("status")).toContainText("We have your request to join");
  await expectAccessibleMarkup();

  await openRequest(officer, name);
  await officer.getByLabel("Decline", { exact: true }).check();
  await officer.getByLabel("Why the request is declined").fill("The group only takes tenants living on Mill Lane.");
  await officer.getByRole("button", { name: "Save the decision" }).click();
  await expect(officer.getByRole("status")).toContainText("The request has been declined");

  await page.goto("/tenant/groups");
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Declined");
  await expect(row).toContainText("Why: The group only takes tenants living on Mill Lane.");
  await expectAccessibleMarkup();
  await close();
  await officer.context().close();
});
