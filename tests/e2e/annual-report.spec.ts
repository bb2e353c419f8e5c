import { expect, test, type Page } from "@playwright/test";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { ACCOUNTS, expectAccessible, signIn, signOut } from "./fixtures";

const COMMENTARY = `Calls were slower in the winter storms ${Date.now()}`;

/** Tenant pages are read on a laptop and on a phone (400% zoom). */
const expectAccessibleAtBothWidths = async (page: Page) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
};

const expectPdf = async (page: Page, path: string) => {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
};

test("an officer assembles a year's report, adds commentary and publishes it; anyone reads it and downloads both PDFs", async ({
  page,
  browser,
}) => {
  test.slow();
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/annual-report");
  await expectAccessible(page);
  // The oldest year not started yet, so each run publishes a report of its own.
  const start = page.getByRole("form", { name: "Start a report" });
  const year = Number(await start.getByRole("radio").last().getAttribute("value"));
  await start.getByRole("radio").last().check();
  await start.getByRole("button", { name: "Start the report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Annual report ${financialYearLabel(year)}`);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Change How we did against our targets" }).click();
  const form = page.getByRole("form", { name: "How we did against our targets" });
  await expectAccessible(page);
  await form.getByLabel("Commentary").fill("x".repeat(4001));
  await form.getByRole("button", { name: "Save this section" }).click();
  await expect(form.getByRole("alert")).toContainText("Keep the commentary to 4,000 characters or fewer");
  await form.getByLabel("Commentary").fill(COMMENTARY);
  await form.getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Save this section" }).click();
  await expect(page.getByText(COMMENTARY)).toBeVisible();

  await page.getByRole("link", { name: "Preview the report as tenants will read it" }).click();
  await expect(page.getByRole("heading", { name: "How we did against our targets" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/staff/annual-report/${year}`);
  await page.getByRole("link", { name: "Publish the report" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, publish it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The report is published." })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Change/ })).toHaveCount(0);
  await signOut(page);

  // A stranger reads it, in the list of years, and downloads both PDFs.
  const stranger = await browser.newContext();
  const reader = await stranger.newPage();
  await reader.goto("/annual-report");
  await expectAccessibleAtBothWidths(reader);
  await reader.getByRole("link", { name: `Annual report ${financialYearLabel(year)}` }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Our year ${financialYearLabel(year)}`);
  await expect(reader.getByText(COMMENTARY)).toBeVisible();
  await expect(reader.getByRole("table", { name: "Service standards" })).toBeVisible();
  await expectAccessibleAtBothWidths(reader);
  await expectPdf(reader, `/annual-report/${year}/pdf`);
  await expectPdf(reader, `/annual-report/${year}/large-print`);

  // This year's report is a draft: not found, on the page and as a PDF.
  const current = financialYearOf(new Date());
  expect((await reader.goto(`/annual-report/${current}`))?.status()).toBe(404);
  expect((await reader.request.get(`/annual-report/${current}/pdf`)).status()).toBe(404);
  await reader.goto("/annual-report");
  await expect(reader.getByRole("link", { name: `Annual report ${financialYearLabel(current)}` })).toHaveCount(0);

  await reader.goto("/service-standards");
  await expect(reader.getByRole("table", { name: /Our service standards and how we did/ })).toBeVisible();
  await expectAccessibleAtBothWidths(reader);
  await stranger.close();
});

test("an officer publishes what a closed complaint taught us, anonymised and tagged, and it becomes self-assessment evidence", async ({
  page,
}) => {
  const changed = `We now give a morning or afternoon slot ${Date.now()}`;
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/feedback?kind=COMPLAINT&status=CLOSED");
  await page.getByRole("table").getByRole("link").first().click();
  const learning = page.getByRole("form", { name: "Learning from this complaint" });
  await learning.getByLabel("What we learned").fill("");
  await learning.getByRole("button", { name: "Save the learning" }).click();
  await expect(learning.getByRole("alert")).toContainText("Say what we learned from this complaint");
  await expectAccessible(page);
  await learning.getByLabel("What we learned").fill("Repairs were booked without telling tenants a time.");
  await learning.getByLabel("What we changed").fill(changed);
  await learning.getByLabel("Yes, publish it").check();
  await learning.getByLabel("Transparency, Influence and Accountability Standard").check();
  await learning.getByRole("button", { name: "Save the learning" }).click();
  await expect(learning.getByRole("status")).toContainText("published in You said, We did");

  // The public page shows the service and the officer's words only.
  await page.goto("/you-said-we-did");
  await expect(page.getByText(changed)).toBeVisible();
  await expectAccessible(page);

  // Tagged with the standard, it is offered as evidence for this year's self-assessment.
  await page.goto(`/staff/self-assessment/TIA-1?year=${financialYearOf(new Date())}`);
  const evidence = page.getByRole("form", { name: "Assess the requirement" }).getByRole("group", { name: "Evidence" });
  await expect(evidence.getByLabel(`You said, We did: What we changed after a complaint: ${changed}`)).toBeVisible();
});

test("a tenant is refused the officers' annual report and service standards pages", async ({ page }) => {
  await signIn(page, ACCOUNTS.tenant);
  for (const path of ["/staff/annual-report", "/staff/service-standards"]) {
    expect((await page.goto(path))?.status()).toBe(403);
  }
});
