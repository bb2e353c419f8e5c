import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

const form = (page: Page, name: string) => page.getByRole("form", { name });

const expectNoSideways = async (page: Page) => {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement as Element;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
};

test("a board member sees the quarter's KPIs with targets, RAG and trend, and takes the pack away as PDF and CSV", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.board);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Board area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    /Key performance indicators: Quarter \d \d{4}\/\d\d/,
  );
  const gas = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: "HOM01 Homes with a gas safety check" }) });
  await expect(gas).toContainText("97.9%");
  await expect(gas).toContainText("Target: 100.0%");
  await expect(gas).toContainText("Red: off target");
  await expect(gas).toContainText(
    /Against last quarter: (Down|Up) from [\d.]+% \((better|worse)\)|Against last quarter: No change/,
  );
  await expect(gas).toContainText("Against the same quarter last year");
  await expect(gas).toContainText("Source: Management figure");
  // What each KPI measures is on one page, each tile linking to its KPI there.
  await gas.getByRole("link", { name: "What HOM01 measures" }).click();
  await expect(page).toHaveURL(/\/board\/definitions\?year=\d{4}&quarter=\d#kpi-HOM01$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("KPI definitions");
  await expect(page.locator("#kpi-HOM01")).toContainText("HOM01 Homes with a gas safety check");
  await expect(page.locator("#kpi-HOM01 + dl")).toContainText("The regulator's measure BS01");
  await expect(page.locator("#kpi-HOM01 + dl")).toContainText("Director of Property");
  await expectAccessible(page);
  await page.goBack();
  // Exceptions first: the first tile is red.
  await expect(page.getByRole("article").first()).toContainText("Red: off target");
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSideways(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Eight quarters of each KPI are a click away, for the same quarter.
  const quarter = (await page.getByRole("heading", { level: 1 }).textContent())?.replace(/^.*: /, "") ?? "";
  await page.getByRole("link", { name: "Trends over eight quarters for these KPIs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`KPI trends to ${quarter}`);
  // One section of the pack at a time, the first by default; another quarter keeps the section chosen.
  const sectionHeading = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(sectionHeading).toHaveText("Involvement");
  const sections = page.getByRole("navigation", { name: "Sections of the pack" });
  await sections.getByRole("link", { name: "Homes: safety and repairs" }).click();
  await expect(sections.getByRole("link", { name: "Homes: safety and repairs" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.getByRole("button", { name: "Show trends" }).click();
  await expect(sectionHeading).toHaveText("Homes: safety and repairs");
  await expect(
    page
      .getByRole("table", {
        name: "Homes with a gas safety check by quarter",
      })
      .getByRole("row"),
  ).toHaveCount(9);
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSideways(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("navigation", { name: "Board pages" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Key performance indicators: ${quarter}`);

  // The area filter is a GET form: only KPIs counted by area remain.
  await page.getByLabel("Area").selectOption({ label: "Riverside" });
  await page.getByRole("button", { name: "Show KPIs" }).click();
  await expect(page.getByText("Showing Riverside only")).toBeVisible();
  await expect(page.getByRole("heading", { name: "HOM01 Homes with a gas safety check" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "INV01 Customers involved", level: 3 }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Board pages" }).getByRole("link", { name: "Performance pack" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Quarterly performance report to the board");
  for (const section of [
    "Involvement",
    "Tenant satisfaction",
    "Complaints",
    "Service standards",
    "Strategy action plan",
    "Involvement budget",
  ]) {
    await expect(page.getByRole("heading", { name: section, level: 2, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/^Prepared on \d+ \w+ \d{4}\.$/)).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSideways(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  const pdf = await page.request.get(
    (await page.getByRole("link", { name: "Download the pack (PDF)" }).getAttribute("href")) ?? "",
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const csv = await page.request.get(
    (await page.getByRole("link", { name: "Download the figures (CSV)" }).getAttribute("href")) ?? "",
  );
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(
    "Homes: safety and repairs,HOM01,Homes with a gas safety check,percent,97.9,97.9%,100,0,Red: off target",
  );

  // Counts only: the board reads the event figures, never the staff pages with names on them.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Event figures" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Event figures for the board");
  await expectAccessible(page);
  expect((await page.request.get("/staff/kpis")).status()).toBe(403);
  expect((await page.request.get("/staff/customers")).status()).toBe(403);
});

test("an officer adds a service standard, sets its target and enters the quarter's figure", async ({ page }) => {
  test.setTimeout(120_000);
  const code = `E2E${Date.now().toString().slice(-8)}`;
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "KPIs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("KPI library");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Add a KPI" }).click();
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("Name", { exact: true }).fill("Texts answered within an hour");
  await page
    .getByLabel("What it measures, in plain English")
    .fill("Text messages to the contact centre answered within one hour.");
  await page.getByLabel("Per cent").check();
  await page.getByLabel("Higher is better").check();
  await page.getByLabel("Service standards").check();
  await page.getByLabel("Entered by hand each quarter").check();
  await page.getByLabel("Owner").fill("Head of Customer Services");
  await page.getByLabel("Outcomes it evidences").fill("EN:NOPE");
  await page.getByRole("button", { name: "Add the KPI" }).click();
  await expect(page.locator("#outcomeCodes-error")).toContainText("Enter outcome codes from the list");
  await expectAccessible(page);
  await page.getByLabel("Outcomes it evidences").fill("EN:TIA");
  await page.getByRole("button", { name: "Add the KPI" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${code} Texts answered within an hour`);
  await expectAccessible(page);

  const target = form(page, "Set the target");
  await target.getByLabel("Target", { exact: true }).fill("90");
  await target.getByLabel("Amber tolerance").fill("5");
  await target.getByRole("button", { name: "Save the target" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The target has been saved." })).toBeVisible();
  await expect(page.getByText(/: 90\.0% \(amber within 5\)/)).toBeVisible();

  const figure = form(page, "Enter a quarter's figure");
  await figure.getByLabel("Figure").fill("lots");
  await figure.getByRole("button", { name: "Save the figure" }).click();
  await expect(page.locator("#value-error")).toContainText("Enter a number");
  await expectAccessible(page);
  await form(page, "Enter a quarter's figure").getByLabel("Figure").fill("88.5");
  await form(page, "Enter a quarter's figure").getByLabel("Note (optional)").fill("Contact centre report");
  await form(page, "Enter a quarter's figure").getByRole("button", { name: "Save the figure" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The figure has been saved." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Figures entered" })).toContainText("88.5%");
  await expectAccessible(page);

  await page.goto("/board");
  const tile = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: `${code} Texts answered within an hour` }) });
  await expect(tile).toContainText("88.5%");
  await expect(tile).toContainText("Amber: just off target");
});
