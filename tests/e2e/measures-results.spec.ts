import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

// The seeded English rounds: 2025/26 compared with 2024/25 (prisma/seed-measures.ts).
const ROUND_2025 = "/staff/measures/round-2025";

const formWith = (page: Page, button: string) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button }) });

test("an officer reads a round's results and plan, and enters management figures; the board and the public read them", async ({
  page,
  browser,
}) => {
  test.slow();
  await signIn(page, ACCOUNTS.officer);
  await page.goto(`${ROUND_2025}/results`);
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  const allTenants = page.getByRole("table", {
    name: "All tenants: perception measures 2025/26 compared with 2024/25",
  });
  await expect(
    allTenants.getByRole("row", { name: /TP01 Overall satisfaction with the landlord's services/ }),
  ).toContainText("75.4%");
  await expect(allTenants.getByRole("columnheader", { name: "2024/25" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Low-cost home ownership \(LCHO\)/ })).toBeVisible();
  // Already published: no button to publish again.
  await expect(page.getByRole("button", { name: "Publish results" })).toHaveCount(0);
  await expectAccessible(page);

  const download = await page.request.get(`${ROUND_2025}/results.csv`);
  expect(download.headers()["content-type"]).toContain("text/csv");
  expect(await download.text()).toContain(
    "TP01,Overall satisfaction with the landlord's services,all,138,183,75.4,67.2,8.2",
  );

  // A published round's statement is fixed: shown, not editable.
  await page.getByRole("link", { name: "Sampling plan and method statement" }).click();
  await expect(page.getByRole("table", { name: "Sampling plan by tenure" })).toBeVisible();
  await expect(page.getByText("cannot be changed")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save plan and method statement" })).toHaveCount(0);
  await expectAccessible(page);

  // The 2023 round closed without being published: its plan and statement can still change.
  await page.goto("/staff/measures/round-2023/plan");
  await expectAccessible(page);
  const plan = formWith(page, "Save plan and method statement");
  await plan.getByLabel("Target margin of error (percentage points)").fill("0.5");
  await plan.getByLabel("Low-cost rental homes in scope (LCRA)").fill("lots");
  await plan.getByLabel("How the sample was chosen").fill("A census of every tenant household.");
  await plan.getByRole("button", { name: "Save plan and method statement" }).click();
  await expect(plan.getByRole("alert")).toContainText("Enter a margin of error of at least 1 point");
  await expect(plan.getByRole("alert")).toContainText("Enter a whole number, like 1250");
  await expect(plan.getByLabel("Target margin of error (percentage points)")).toHaveAttribute("aria-invalid", "true");
  await expect(plan.getByLabel("How the sample was chosen")).toHaveValue("A census of every tenant household.");
  await expectAccessible(page);
  await plan.getByLabel("Target margin of error (percentage points)").fill("3.5");
  await plan.getByLabel("Low-cost rental homes in scope (LCRA)").fill("2,040");
  await plan.getByRole("button", { name: "Save plan and method statement" }).click();
  await expect(page.getByRole("status")).toContainText("The sampling plan and method statement are saved.");
  const planTable = page.getByRole("table", { name: "Sampling plan by tenure" });
  await expect(planTable.getByRole("row", { name: /Low-cost rental/ })).toContainText("2,040");
  await expect(planTable).toContainText("±");

  // Management figures: a fraction, then a zero total, are refused beside their fields; then the quarter is saved.
  await page.goto("/staff/measures/management?year=2025&quarter=4");
  await expect(page.getByLabel("BS01: Homes with all checks done")).toHaveValue(/\d+/);
  await page.goto("/staff/measures/management?year=2026&quarter=2");
  await expectAccessible(page);
  const form = formWith(page, "Save figures");
  // The demo KPI library fills recent quarters: start this one from blank so the saved count is this test's own.
  for (const field of await form.getByRole("textbox").all()) await field.fill("");
  await form.getByLabel("BS01: Homes with all checks done").fill("99.5");
  await form.getByLabel("BS01: Homes needing gas safety checks").fill("100");
  await form.getByRole("button", { name: "Save figures" }).click();
  await expect(form.getByRole("alert")).toContainText("Enter a whole number, like 1250");
  await expectAccessible(page);
  await form.getByLabel("BS01: Homes with all checks done").fill("");
  await form.getByLabel("BS01: Homes needing gas safety checks").fill("");
  await form.getByLabel("CH01 (1): Stage 1 complaints received").fill("53");
  await form.getByLabel("CH01 (1): Homes owned").fill("0");
  await form.getByRole("button", { name: "Save figures" }).click();
  await expect(form.getByRole("alert")).toContainText("The homes owned must be more than 0");
  await form.getByLabel("CH01 (1): Homes owned").fill("4323");
  await form.getByRole("button", { name: "Save figures" }).click();
  await expect(page.getByRole("status")).toContainText("Saved 1 figure for Quarter 2 (July to September), 2026/27.");
  await expectAccessible(page);

  const boardContext = await browser.newContext();
  const board = await boardContext.newPage();
  await signIn(board, ACCOUNTS.board);
  await board.goto("/board/measures");
  await expect(board.getByRole("heading", { name: "Regulatory measures", level: 1 })).toBeVisible();
  // Another journey may open and close a 2026/27 round meanwhile, so the survey year is chosen rather than assumed.
  await board.getByLabel("Survey year", { exact: true }).selectOption("2025");
  await board.getByRole("button", { name: "Show survey" }).click();
  await expect(board.getByRole("table", { name: /All tenants: perception measures 2025\/26/ })).toContainText(
    "+8.2 points",
  );
  await expect(board.getByRole("table", { name: "Management information measures by quarter, 2026/27" })).toContainText(
    "12.3 per 1,000 homes",
  );
  await expectAccessible(board);
  await board.getByLabel("Reporting year", { exact: true }).selectOption("2025");
  await board.getByRole("button", { name: "Show year" }).click();
  await expect(
    board.getByRole("table", { name: "Management information measures by quarter, 2025/26" }),
  ).not.toContainText("Not entered");
  await expectAccessible(board);
  await board.getByRole("link", { name: "Full results and download" }).click();
  await expect(board.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expectAccessible(board);
  await boardContext.close();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/");
  await visitor.getByRole("link", { name: "what tenants told us in our satisfaction survey" }).click();
  await expect(visitor.getByRole("heading", { name: "What tenants told us in our satisfaction survey" })).toBeVisible();
  await expect(
    visitor.getByText("75 in every 100 tenants who answered were satisfied with our services overall."),
  ).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Survey 2025/26" })).toBeVisible();
  await expect(visitor.getByRole("complementary", { name: "How we did the survey" })).toContainText("A census");
  await expectAccessible(visitor);
  // Earlier years are a page each; a year with nothing published is not found.
  await visitor.getByRole("region", { name: "Earlier surveys" }).getByRole("link", { name: "Survey 2024/25" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("What tenants told us in 2024/25");
  await expect(visitor.getByRole("heading", { name: "Survey 2024/25", level: 2 })).toBeVisible();
  await expect(visitor.getByRole("complementary", { name: "How we did the survey" })).toBeVisible();
  await expectAccessible(visitor);
  expect((await visitor.goto("/survey-results/2023"))?.status()).toBe(404);
  expect((await visitor.goto("/survey-results/not-a-year"))?.status()).toBe(404);
  await visitorContext.close();
});
