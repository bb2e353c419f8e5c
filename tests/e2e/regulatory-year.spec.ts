import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { requirementsFor } from "@/lib/self-assessment/requirements";
import { financialYearOf } from "@/lib/uk-time";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

// Many pages and posts in one journey, on a machine other checkouts share.
test.describe.configure({ timeout: 300_000 });

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

const csvRow = (text: string, code: string, group: string) =>
  text.split("\r\n").find((line) => line.startsWith(`${code},`) && line.split(",").includes(group));

test("an officer builds the year's TSM return from the measures pages' figures, downloads it and marks a year submitted", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/measures");
  await page.getByRole("link", { name: "The regulator's return" }).click();
  await expect(h1(page)).toHaveText("Tenant satisfaction measures return, 2025/26");
  const table = page.getByRole("table", { name: "Tenant satisfaction measures, 2025/26" });
  await expect(table).toContainText("TP01");
  await expect(table).toContainText("RP02 (1)");
  await expect(page.getByRole("heading", { name: "Sample method statement" })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the 2025/26 return (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("tsm-return-2025-26.csv");
  const text = readFileSync(await download.path(), "utf8");
  expect(text).toContain("measure,name,group,value,unit,numerator,denominator,source");
  expect(text).toContain("sample method statement,answer");
  // The return's TP01 for all tenants is the results page's: value, positive answers and base.
  const results = await (await page.request.get("/staff/measures/round-2025/results.csv")).text();
  const [, , , positive, base, percent] = csvRow(results, "TP01", "all")?.split(",") ?? [];
  expect(percent).toBeTruthy();
  expect(csvRow(text, "TP01", "All")?.split(",").slice(3)).toEqual([percent, "percent", positive, base, "survey"]);

  // 2024/25: a reference is needed, then the return is kept as submitted.
  await page.getByLabel("Financial year").selectOption("2024");
  await page.getByRole("button", { name: "Show year" }).click();
  await expect(h1(page)).toHaveText("Tenant satisfaction measures return, 2024/25");
  const form = page.getByRole("form", { name: "Mark the return as submitted" });
  await form.getByRole("button", { name: "Mark as submitted" }).click();
  await expect(form.getByRole("alert")).toContainText("Enter the regulator's reference for the submission");
  await expectAccessible(page);
  await form.getByLabel("The regulator's reference").fill("TSM-2024-0193");
  await form.getByRole("button", { name: "Mark as submitted" }).click();
  // The form gives way to the record of the submission.
  await expect(page.getByText("Submitted to the regulator on")).toContainText("reference TSM-2024-0193");
  await page.reload();
  await expect(page.getByText("Submitted to the regulator on")).toContainText("reference TSM-2024-0193");
  await expect(page.getByRole("button", { name: "Mark as submitted" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an officer fills the year's self-assessment with an improvement action, and the board signs it off", async ({
  browser,
}) => {
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, ACCOUNTS.officer);
  await officer.goto("/staff/self-assessment?year=2025");
  await expect(h1(officer)).toHaveText("Self-assessment, 2025/26");
  await expectAccessible(officer);

  const requirements = requirementsFor("ENGLAND");
  for (const [index, requirement] of requirements.entries()) {
    await officer.goto("/staff/self-assessment?year=2025");
    await officer.getByRole("link", { name: new RegExp(`^Assess\\s*: ${requirement.heading}$`) }).click();
    await expect(h1(officer)).toHaveText(requirement.heading);
    const form = officer.getByRole("form", { name: "Assess the requirement" });
    const gap = requirement.code === "TIA-3";
    if (index === 0) {
      await form.getByRole("button", { name: "Save assessment" }).click();
      await expect(form.getByRole("alert")).toContainText("Choose how well we meet the requirement");
      await expectAccessible(officer);
    }
    await form.getByLabel(gap ? "Partly meets the requirement" : "Meets the requirement", { exact: true }).check();
    await form.getByLabel("Why: what we do, and where we fall short").fill(`How we meet: ${requirement.text}`);
    await form.getByRole("button", { name: "Save assessment" }).click();
    await expect(form.getByRole("status")).toContainText("Assessment saved.");
    if (gap) {
      const action = officer.getByRole("form", { name: "Add an improvement action" });
      await action.getByLabel("What will be done").fill("Invite tenants to scrutinise the repairs policy");
      await action.getByLabel("Who is responsible").fill("Head of Involvement");
      await action.getByLabel("Due by").fill("2027-03-31");
      await action.getByLabel("How we will know it has worked").fill("The panel reports to the board");
      await action.getByRole("group", { name: "The strategy priority it delivers" }).getByRole("radio").first().check();
      await action.getByRole("button", { name: "Add to the action plan" }).click();
      await expect(action.getByRole("status")).toContainText("is in the strategy's action plan");
      await expectAccessible(officer);
      await officer.getByRole("link", { name: "Invite tenants to scrutinise the repairs policy" }).click();
      await expect(h1(officer)).toContainText("Invite tenants to scrutinise the repairs policy");
    }
  }
  await officer.goto("/staff/self-assessment?year=2025");
  await expect(officer.getByText("ready for the board to sign off")).toBeVisible();
  await officerContext.close();

  const boardContext = await browser.newContext();
  const board = await boardContext.newPage();
  await signIn(board, ACCOUNTS.board);
  await board.goto("/board/self-assessment?year=2025");
  await expect(h1(board)).toHaveText("Involvement self-assessment, 2025/26");
  await expect(board.getByText("Invite tenants to scrutinise the repairs policy")).toBeVisible();
  await expectAccessible(board);
  const form = board.getByRole("form", { name: "Sign off the self-assessment" });
  await form.getByLabel("Signed off by").fill("Chair of the board");
  await form.getByLabel("Date of the board meeting").fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await form.getByLabel("Minute reference").fill("B/26/77");
  await form.getByRole("button", { name: "Sign off" }).click();
  await expect(board.getByText("Signed off for the board by Chair of the board")).toBeVisible();
  await board.reload();
  await expect(board.getByText("Signed off for the board by Chair of the board")).toContainText("minute B/26/77");
  await expect(board.getByRole("button", { name: "Sign off" })).toHaveCount(0);
  await expectAccessible(board);
  await boardContext.close();
});

test("the draft self-assessment goes to the tenants' panel for comment, and offers You said, We did as evidence", async ({
  page,
  browser,
}) => {
  // The demo's self-assessment for 2026/27 is a draft; the officer asks the Interested Tenants Panel to comment.
  const [first] = requirementsFor("ENGLAND");
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/self-assessment?year=2026");
  await expect(h1(page)).toHaveText("Self-assessment, 2026/27");
  const ask = page.getByRole("form", { name: "Ask a group to review this draft" });
  await ask.getByLabel("Interested Tenants Panel").check();
  await ask.getByLabel("Last day for comments").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await ask.getByRole("button", { name: "Ask the group" }).click();
  await expect(page.getByRole("heading", { name: "Comments on Involvement self-assessment 2026/27" })).toBeVisible();
  await expectAccessible(page);
  const staffReview = page.url();

  // A member reads each requirement with its rating and comments from her account, without JavaScript.
  const member = await openWithoutJavaScript(browser);
  await signIn(member.page, ACCOUNTS.tenant);
  await member.page.goto("/tenant/reviews");
  await member.page.getByRole("link", { name: "Involvement self-assessment 2026/27" }).click();
  await expect(member.page.getByRole("heading", { name: first!.heading })).toBeVisible();
  await expect(member.page.getByText("Meets the requirement").first()).toBeVisible();
  await member.expectAccessibleMarkup();
  const comment = member.page.getByRole("form", { name: "Comment on this draft" });
  await comment.getByLabel(`The section "${first!.heading}"`).check();
  await comment.getByLabel("Your comment").fill("Say how many of us came to the last meeting.");
  await comment.getByRole("button", { name: "Send my comment" }).click();
  await expect(member.page.getByText("Thank you: we have your comment")).toBeVisible();
  await member.close();

  await page.goto(staffReview);
  await expect(page.getByRole("heading", { name: `On ${first!.heading}` }).locator("..")).toContainText(
    "Say how many of us came to the last meeting.",
  );

  // The consultations' "You said, We did", tagged with the standard when published, are offered as evidence.
  const year = financialYearOf(new Date(Date.now() - 30 * 86_400_000));
  await page.goto(`/staff/self-assessment/${first!.code}?year=${year}`);
  const evidence = page.getByRole("form", { name: "Assess the requirement" }).getByRole("group", { name: "Evidence" });
  await expect(evidence.getByLabel(/^You said, We did: /).first()).toBeVisible();
  await expectAccessible(page);
});

test("a tenant is refused the return, its download and the self-assessment", async ({ page }) => {
  await signIn(page, ACCOUNTS.tenant);
  for (const path of [
    "/staff/measures/return",
    "/board/measures/return",
    "/staff/self-assessment",
    "/board/self-assessment",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  const download = await page.request.get("/staff/measures/return.csv?year=2025");
  expect(download.status()).toBe(403);
  expect(await download.text()).not.toContain("TP01");
});
