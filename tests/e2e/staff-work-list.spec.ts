import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

const unique = (text: string) => `${text} (${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)})`;

const workList = (page: Page) => page.getByRole("region", { name: "Waiting for you" });

/** The number at the start of a work list link, or 0 when the list does not mention it. */
const countIn = async (page: Page, text: RegExp) => {
  const link = workList(page).getByRole("link", { name: text });
  if ((await link.count()) === 0) return 0;
  return Number(((await link.textContent()) ?? "").replace(/,/g, "").match(/^\d+/)?.[0]);
};

test("the officer's home lists what is waiting, each count opening a queue of exactly those items", async ({
  page,
  browser,
}) => {
  test.slow();
  // New feedback from a visitor: the demo's own is all assigned, so the journey brings some to be picked up.
  const visitor = await browser.newPage();
  await visitor.goto("/feedback");
  await visitor
    .getByRole("group", { name: "What would you like to tell us?" })
    .getByLabel(/A comment/)
    .check();
  await visitor.getByRole("group", { name: "Which service is it about?" }).getByLabel("Repairs").check();
  await visitor.getByLabel("Your feedback").fill(unique("The new door entry system works well"));
  await visitor.getByLabel("Name", { exact: true }).fill("Sam Resident");
  await visitor.getByLabel("Email address").fill("sam@example.test");
  await visitor.getByRole("button", { name: "Send feedback" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
  const reference = (await visitor.locator("strong").first().textContent()) ?? "";
  await visitor.close();

  await signIn(page, ACCOUNTS.officer);
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("Waiting for you");
  await expectAccessible(page);

  // New feedback nobody is assigned: the count is the filtered queue's length. Other journeys running alongside
  // add feedback, so the two are compared again until they are read between two such changes.
  const unassigned = await countIn(page, /with no officer assigned/);
  expect(unassigned).toBeGreaterThan(0);
  await workList(page)
    .getByRole("link", { name: /with no officer assigned/ })
    .click();
  await expect(page.getByLabel("Officer")).toHaveValue("none");
  await expectAccessible(page);
  await expect
    .poll(async () => {
      await page.goto("/staff");
      const home = await countIn(page, /with no officer assigned/);
      await page.goto("/staff/feedback?status=RECEIVED&assigned=none");
      const queue = (await page.getByRole("table").getByRole("row").count()) - 1;
      return home === queue;
    })
    .toBe(true);
  // Each row names who sent it and what it is about.
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow.getByRole("cell").nth(1)).not.toBeEmpty();
  await expect(firstRow.getByRole("cell").nth(2)).not.toBeEmpty();

  // Requests to join a group: the count is the requests page's rows.
  await page.goto("/staff");
  const requests = await countIn(page, /to join a group waiting/);
  expect(requests).toBeGreaterThan(0);
  await workList(page)
    .getByRole("link", { name: /to join a group waiting/ })
    .click();
  await expect(page).toHaveURL(/\/staff\/groups\/requests$/);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(requests + 1);

  // Overdue scrutiny and strategy actions are on the list, linking to where they are tracked.
  await page.goto("/staff");
  for (const [text, href] of [
    [/scrutiny actions? past the date agreed/, "/board/scrutiny"],
    [/strategy actions? past the target date/, "/board/strategy/report"],
    [/past the date to acknowledge or answer/, "/staff/feedback?overdue=yes"],
  ] as const) {
    await expect(workList(page).getByRole("link", { name: text })).toHaveAttribute("href", href);
  }

  // The visitor's feedback is in the queue; an officer takes it and it leaves.
  await page.goto("/staff/feedback?status=RECEIVED&assigned=none");
  await expect(page.getByRole("row", { name: new RegExp(reference) })).toContainText("Sam Resident");
  await page.getByRole("link", { name: reference }).click();
  await page.getByRole("group", { name: "Officer dealing with it" }).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("status")).toBeVisible();
  // Assigned, it leaves the queue of feedback nobody has picked up.
  await page.goto("/staff/feedback?status=RECEIVED&assigned=none");
  await expect(page.getByRole("link", { name: reference })).toHaveCount(0);
});
