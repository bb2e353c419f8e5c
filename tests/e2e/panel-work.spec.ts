import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

const REVIEW = "/groups/group-scrutiny/scrutiny/review-asb";
const MONITORING = "/groups/group-panel/monitoring";
// The eight bytes every PNG starts with, and a little more: enough for the check by bytes.
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
/** The first test's evidence file, which the next one checks another tenant cannot open. */
let evidenceFile = "";

/** Scans the page as it is, then again at 320 px wide (members use phones), and returns to desktop width. */
const scanBothWidths = async (page: Page) => {
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
};

test("a panel member adds evidence to the panel's review and votes on its report", async ({ page }) => {
  test.slow();
  await signIn(page, ACCOUNTS.tenant);
  await page.goto("/groups/group-scrutiny/scrutiny");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scrutiny reviews");
  await scanBothWidths(page);
  await page.getByRole("link", { name: "Anti-social behaviour case handling" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anti-social behaviour case handling");
  await scanBothWidths(page);

  const evidence = page.getByRole("form", { name: "Add evidence" });
  await evidence.getByRole("button", { name: "Add the evidence" }).click();
  await expect(evidence.getByRole("alert")).toContainText("Describe the evidence");
  await evidence.getByLabel("Site visit").check();
  const note = `Visited Millbrook Court stairwells ${Date.now()}`;
  await evidence.getByLabel("What you found").fill(note);
  // A file that only claims to be a PDF is refused by its bytes, beside the field; the note is kept to send again.
  await evidence
    .getByLabel("A file (optional)")
    .setInputFiles({ name: "stairwell.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf") });
  await evidence.getByRole("button", { name: "Add the evidence" }).click();
  await expect(evidence.getByRole("alert")).toContainText("The file must be a PDF, JPEG or PNG");
  await scanBothWidths(page);
  await evidence.getByLabel("Site visit").check();
  await evidence.getByLabel("What you found").fill(note);
  await evidence
    .getByLabel("A file (optional)")
    .setInputFiles({ name: "stairwell.png", mimeType: "image/png", buffer: Buffer.from(PNG) });
  await evidence.getByRole("button", { name: "Add the evidence" }).click();
  await expect(evidence.getByRole("status")).toContainText("The evidence has been added.");
  const row = page.getByRole("row", { name: new RegExp(note) });
  await expect(row).toContainText("Morag Campbell");
  const file = await page.request.get((await row.getByRole("link", { name: "stairwell.png" }).getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/png");
  evidenceFile = new URL(file.url()).pathname;

  const vote = page.getByRole("form", { name: "Your vote on the report" });
  await vote.getByLabel("For: agree the report").check();
  await vote.getByRole("button", { name: "Record my vote" }).click();
  await expect(vote.getByRole("status")).toContainText("Your vote is recorded.");
  await expect(page.getByRole("listitem").filter({ hasText: "Morag Campbell: For" })).toBeVisible();
  await scanBothWidths(page);
});

test("a tenant who is not on the panel gets 404 for its review and its reviews list", async ({ page }) => {
  await signIn(page, "tenant2@involve.test");
  for (const path of [REVIEW, "/groups/group-scrutiny/scrutiny", MONITORING]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  if (evidenceFile) expect((await page.request.get(evidenceFile)).status()).toBe(404);
});

test("the monitoring group rates the quarter's actions and signs it off, and the board sees it", async ({
  page,
  browser,
}) => {
  test.slow();
  await signIn(page, ACCOUNTS.tenant);
  await page.goto(MONITORING);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Quarter \d/);
  const period = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  await scanBothWidths(page);

  const decision = page.getByRole("form", { name: "Sign off or refer" });
  await decision.getByLabel("Signed off").check();
  await decision.getByRole("button", { name: "Record the decision" }).click();
  await expect(decision.getByRole("alert")).toContainText("Rate every action before deciding");

  const forms = page.getByRole("form", { name: /^Comment on / });
  const count = await forms.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const form = forms.nth(index);
    await form.getByLabel("On track").check();
    await form.getByLabel("Comment").fill("Going to plan; the group checked the evidence.");
    await form.getByRole("button", { name: "Save the comment" }).click();
    await expect(form.getByRole("status")).toContainText("The group's comment has been saved.");
  }
  await decision.getByLabel("Signed off").check();
  await decision.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByText(/^Signed off on .* by Morag Campbell\. Rating: On track\.$/)).toBeVisible();
  await expect(page.getByRole("form", { name: /^Comment on / })).toHaveCount(0);
  await scanBothWidths(page);

  const [, quarter, year] = /Quarter (\d) (\d{4})/.exec(period) ?? [];
  const board = await (await browser.newContext()).newPage();
  await signIn(board, ACCOUNTS.board);
  await board.goto(`/board/strategy/report?year=${year}&quarter=${quarter}`);
  await expect(board.getByText(/^Interested Tenants Panel: Signed off on .*, rated on track\.$/)).toBeVisible();
  await expect(
    board.getByRole("region", { name: "The monitoring group's rating of each action, beside the officers' status" }),
  ).toContainText("Going to plan; the group checked the evidence.");
  await expectAccessible(board);
});
