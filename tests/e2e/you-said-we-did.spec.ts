import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const formWith = (page: Page, button: string) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button }) });

test("the public page shows what tenants said, not the landlord's question", async ({ page }) => {
  await page.goto("/you-said-we-did");
  const strategy = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: "Your say on our draft involvement strategy" }) });
  await expect(strategy).toContainText("42 tenants answered. Most agreed with our draft priorities");
  await expect(strategy).not.toContainText("We asked whether our draft strategy's priorities are the right ones");
  await expectAccessible(page);
});

test("a tenant who answered keeps the closed consultation with what changed, and only respondents are emailed", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Play area consultation ${Date.now()}`;
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/consultations/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What you are asking about").fill("We plan to renew the play area by the flats.");
  await page.getByLabel("Closes on").fill(inDays(10));
  // The tenant's own area keeps the emailed audience small.
  await page.getByRole("group", { name: "Areas" }).getByLabel("Hillhead", { exact: true }).check();
  await page.getByRole("button", { name: "Create consultation" }).click();
  const question = formWith(page, "Add question");
  await question.getByRole("group", { name: "Kind of question" }).getByLabel("Yes or no", { exact: true }).check();
  await question.getByRole("textbox", { name: "Question", exact: true }).fill("Should we add swings?");
  await question.getByRole("button", { name: "Add question" }).click();
  await page.getByRole("link", { name: `Back to ${title}` }).click();
  await page.getByRole("link", { name: "Publish consultation" }).click();
  await page.getByRole("button", { name: "Yes, publish it" }).click();
  await expect(page.getByRole("status")).toContainText("The consultation is published and open");
  const consultationUrl = page.url().split("?")[0]!;

  const tenant = await openWithoutJavaScript(browser);
  await signIn(tenant.page, ACCOUNTS.tenant);
  await tenant.page.goto("/tenant/consultations");
  await tenant.page.getByRole("link", { name: title }).click();
  await tenant.page.getByRole("group", { name: "1. Should we add swings?" }).getByLabel("Yes").check();
  await tenant.page.getByRole("button", { name: "Send my response" }).click();
  await expect(tenant.page.getByRole("status")).toContainText("Your response has been saved");

  await page.goto(consultationUrl);
  await page.getByRole("link", { name: "Close it before its closing date" }).click();
  await page.getByRole("button", { name: "Yes, close it now" }).click();
  await expect(page.getByRole("status")).toContainText("The consultation is closed");
  await page.getByRole("button", { name: "Publish results" }).click();
  await page.getByRole("button", { name: "Publish outcome" }).click();
  const outcome = formWith(page, "Publish outcome");
  await expect(outcome.getByRole("alert")).toContainText(
    "You said: Summarise what tenants said in at least 20 characters",
  );
  await expect(outcome.getByRole("alert")).toContainText("We did: Describe what you did in at least 20 characters");
  await expectAccessible(page);
  await page.getByLabel("You said").fill("Everyone who answered wanted swings in the new play area.");
  await page.getByLabel("We did").fill("We will fit two swings when the play area is renewed in June.");
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByText("Everyone who answered wanted swings in the new play area.")).toBeVisible();
  await expectAccessible(page);

  await tenant.page.goto("/tenant/consultations");
  const kept = tenant.page.getByRole("listitem").filter({ has: tenant.page.getByRole("heading", { name: title }) });
  await expect(kept).toContainText("Everyone who answered wanted swings in the new play area.");
  await expect(kept).toContainText("We will fit two swings when the play area is renewed in June.");
  await tenant.expectAccessibleMarkup();
  await kept.getByRole("link", { name: title }).click();
  await expect(tenant.page.getByRole("heading", { name: "What changed" })).toBeVisible();
  await tenant.expectAccessibleMarkup();
  await tenant.close();

  await page.goto("/you-said-we-did");
  const published = page.getByRole("article").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(published).toContainText("Everyone who answered wanted swings");
  await expect(published).not.toContainText("We plan to renew the play area by the flats.");
  await expectAccessible(page);

  // Only the one respondent was told; everyone else in Hillhead got the opening notice alone.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  // The emails are queued with the outcome and sent by the job worker a moment later.
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(admin.getByText(`You said, We did: ${title}`)).toHaveCount(1, { timeout: 1000 });
  }).toPass();
  await expect(admin.getByText(`Have your say: ${title}`).first()).toBeVisible();
  await expectAccessible(admin);
  await adminContext.close();
});
