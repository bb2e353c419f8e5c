import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

const form = (page: Page, name: string) => page.getByRole("form", { name });
const problem = (page: Page, name: string) => form(page, name).getByRole("alert");

test("an officer records spending against the year's budget and downloads it; the board's KPI is counted from it", async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Budget", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Involvement budget");
  await expect(page.getByText(/% of the budget has been spent/)).toBeVisible();
  await expectAccessible(page);

  const spending = form(page, "Record spending");
  await spending.getByRole("button", { name: "Record spending" }).click();
  await expect(problem(page, "Record spending")).toContainText("Enter the amount");
  await spending.getByLabel("Amount in pounds").fill("12,50");
  await spending.getByRole("button", { name: "Record spending" }).click();
  await expect(problem(page, "Record spending")).toContainText("Enter an amount in pounds");
  await expectAccessible(page);

  const supplier = `Bus hire ${Date.now()}`;
  await spending.getByLabel("Date").fill(new Date().toISOString().slice(0, 10));
  await spending.getByLabel("Amount in pounds").fill("125.40");
  await spending.getByLabel("Events").check();
  await spending.getByLabel("Supplier").fill(supplier);
  await spending.getByLabel("What the money is for").fill("Coach to the regional tenants' conference");
  await spending.getByLabel("Committed", { exact: true }).check();
  await spending.getByRole("button", { name: "Record spending" }).click();
  await expect(spending.getByRole("status")).toContainText("The spending has been recorded");
  const row = page.getByRole("row").filter({ hasText: supplier });
  await expect(row).toContainText("£125.40");
  await row.getByRole("button", { name: "Mark paid" }).click();
  await expect(page.getByRole("row").filter({ hasText: supplier })).toContainText("Spent");
  await expectAccessible(page);

  // A line recorded wrongly is corrected (bad input is refused beside its field), then a mistaken one removed.
  await page
    .getByRole("row")
    .filter({ hasText: supplier })
    .getByRole("link", { name: /^Correct or remove/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${supplier}, £125.40`);
  const correction = form(page, "Correct the spending");
  await correction.getByLabel("Amount in pounds").fill("lots");
  await correction.getByRole("button", { name: "Save the correction" }).click();
  await expect(problem(page, "Correct the spending")).toContainText("Enter an amount in pounds");
  await expectAccessible(page);
  await correction.getByLabel("Amount in pounds").fill("152.40");
  await correction.getByRole("button", { name: "Save the correction" }).click();
  await expect(page.getByText("The spending has been corrected.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: supplier })).toContainText("£152.40");

  const mistake = `Duplicate ${Date.now()}`;
  await spending.getByLabel("Date").fill(new Date().toISOString().slice(0, 10));
  await spending.getByLabel("Amount in pounds").fill("10");
  await spending.getByLabel("Events").check();
  await spending.getByLabel("Supplier").fill(mistake);
  await spending.getByLabel("What the money is for").fill("Entered twice by mistake");
  await spending.getByLabel("Committed", { exact: true }).check();
  await spending.getByRole("button", { name: "Record spending" }).click();
  await expect(spending.getByRole("status")).toContainText("The spending has been recorded");
  await page
    .getByRole("row")
    .filter({ hasText: mistake })
    .getByRole("link", { name: /^Correct or remove/ })
    .click();
  await page.getByRole("button", { name: "Yes, remove this spending" }).click();
  await expect(page.getByText("The spending has been removed.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: mistake })).toHaveCount(0);
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the year's spending (CSV)" }).click();
  const file = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  expect(await readFile(file, "utf8")).toContain(`${supplier},Coach to the regional tenants' conference,Spent,152.40`);

  await page.goto("/board/policies");
  await expect(page.getByText(/% of the budget spent so far/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/board");
  const tile = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: "BUD03 Involvement budget spent so far this year" }) });
  await expect(tile).toContainText(/\d+(\.\d)?%/);
});

test("an officer takes a grant from application to payment; overpaying is refused; overdue accounts are on the work list", async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff");
  await page.getByRole("link", { name: /annual accounts are overdue/ }).click();
  await expect(page.getByRole("table", { name: "Grants" })).toContainText(
    "Riverside Tenants and Residents Association",
  );
  await expect(page.getByRole("table", { name: "Grants" })).not.toContainText("Hillhead Community Voice");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Show all grants" }).click();
  const apply = form(page, "Record a grant application");
  await apply.getByLabel("Hillhead Community Voice").check();
  await apply.getByLabel("Date of the application").fill("2026-11-02");
  await apply.getByLabel("What the grant is for").fill(`Christmas lunch ${Date.now()}`);
  await apply.getByLabel("Amount asked for, in pounds").fill("400");
  await apply.getByRole("button", { name: "Record the application" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hillhead Community Voice");
  await expectAccessible(page);

  const decide = form(page, "Record the decision");
  await decide.getByLabel("Approved", { exact: true }).check();
  await decide.getByLabel("Date of the decision").fill("2026-11-09");
  await decide.getByRole("button", { name: "Record the decision" }).click();
  await expect(problem(page, "Record the decision")).toContainText("Enter the amount approved");
  await decide.getByLabel("Amount approved, in pounds").fill("300");
  await decide.getByLabel("Annual accounts due by").fill("2027-06-30");
  await decide.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByText("£300.00", { exact: true })).toBeVisible();

  const pay = form(page, "Record a payment");
  await pay.getByLabel("Date paid").fill("2026-11-10");
  await pay.getByLabel("Amount paid, in pounds").fill("300.01");
  await pay.getByRole("button", { name: "Record the payment" }).click();
  await expect(problem(page, "Record a payment")).toContainText("more than is left to pay: £300.00");
  await expectAccessible(page);
  await pay.getByLabel("Amount paid, in pounds").fill("300");
  await pay.getByRole("button", { name: "Record the payment" }).click();
  await expect(pay.getByRole("status")).toContainText("The payment has been recorded");
  await expect(page.getByText("£300.00 in one payment")).toBeVisible();
});

test("an officer adds a policy with its equality assessment; reviews due reach the officers and the board", async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff");
  await page.getByRole("link", { name: /due or overdue for review/ }).click();
  await expect(page.getByRole("table", { name: "Policy register" })).toContainText("Tenant involvement policy");
  await expectAccessible(page);

  const add = form(page, "Add a policy");
  const name = `Estate walkabouts policy ${Date.now()}`;
  await add.getByLabel("Name").fill(name);
  await add.getByLabel("Owner").fill("Head of Housing");
  await add.getByLabel("Adopted on").fill("2026-01-01");
  await add.getByLabel("Next review due").fill("2025-12-01");
  await add.getByLabel("None").check();
  await add.getByRole("button", { name: "Add the policy" }).click();
  await expect(problem(page, "Add a policy")).toContainText("The next review must be after the last one");
  await expectAccessible(page);
  await add.getByLabel("Next review due").fill("2026-12-20");
  await add.getByRole("button", { name: "Add the policy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Review due soon")).toBeVisible();

  const equality = form(page, "Equality impact assessment");
  const impact = equality.getByRole("group", { name: /likely impact/ }).first();
  await impact.getByLabel("Positive").check();
  await equality.getByRole("button", { name: "Save assessment" }).click();
  await expect(problem(page, "Equality impact assessment")).toContainText("partly assessed");
  await equality
    .getByLabel(/: evidence$/)
    .first()
    .fill("Walkabouts in the evening reach tenants who work.");
  await equality.getByRole("button", { name: "Save assessment" }).click();
  await expect(equality.getByRole("status")).toContainText("The equality impact assessment has been saved");
  await expectAccessible(page);

  await page.goto("/board/policies");
  await expect(page.getByRole("table", { name: "Policy register" })).toContainText(name);
  await expectAccessible(page);
});

test("the rent consultation is made from the template; the board's decision and You said, We did follow the results", async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rent setting" }).click();
  await expectAccessible(page);
  const last = page.getByRole("row").filter({ hasText: "Option A," });
  await last.getByRole("link").click();
  await expect(page.getByRole("table", { name: /what tenants chose/ })).toContainText(
    "Option A: rents rise by 2.7% (£3.12 a week on the average rent)",
  );
  await expect(page.getByText("minute BM/")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/staff/rent");
  const create = form(page, "Start a year's rent consultation");
  await create.getByLabel("Financial year the rent applies to").fill(String(2030 + (Date.now() % 60)));
  await create.getByLabel("Average weekly rent now, in pounds").fill("120");
  await create.getByLabel("Opens on").fill("2026-12-10");
  await create.getByLabel("Closes on").fill("2026-12-31");
  await create.getByLabel("Option A: change in rent, in per cent").fill("2.5");
  await create.getByLabel("Option B: change in rent, in per cent").fill("lots");
  await create.getByRole("button", { name: "Create the consultation" }).click();
  await expect(problem(page, "Start a year's rent consultation")).toContainText("Enter a percentage change");
  await expectAccessible(page);
  await create.getByLabel("Option B: change in rent, in per cent").fill("3");
  await create.getByRole("button", { name: "Create the consultation" }).click();
  await expect(page.getByRole("table", { name: /what tenants chose/ })).toContainText(
    "Option B: rents rise by 3% (£3.60 a week on the average rent)",
  );
  const decision = form(page, "Record the board's decision");
  await decision.getByLabel(/^Option A/).check();
  await decision.getByLabel("Date of the board meeting").fill("2027-01-20");
  await decision.getByLabel("Minute reference").fill("BM/27/04");
  await decision.getByRole("button", { name: "Record the decision" }).click();
  await expect(problem(page, "Record the board's decision")).toContainText("close the consultation first");
  await page.getByRole("link", { name: /^Your rent for/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Your rent for");
  await expectAccessible(page);
});

for (const account of [ACCOUNTS.tenant, ACCOUNTS.board] as const) {
  test(`${account} is refused the staff budget, policy and rent pages`, async ({ page }) => {
    await signIn(page, account);
    for (const path of [
      "/staff/budget",
      "/staff/budget/grants",
      "/staff/budget/spending/any-line",
      "/staff/policies",
      "/staff/rent",
    ]) {
      expect((await page.goto(path))?.status()).toBe(403);
    }
    if (account === ACCOUNTS.tenant) expect((await page.goto("/board/policies"))?.status()).toBe(403);
    expect((await page.request.get("/staff/budget/spend.csv")).status()).toBe(403);
  });
}
