import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible } from "./fixtures";

const fillAndSend = async (page: Page, email: string) => {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
};

test("signing in returns to the page that asked for it, with or without JavaScript", async ({ page, browser }) => {
  await page.goto("/staff/events/figures?from=2026-04-01");
  await expect(page).toHaveURL(`/sign-in?returnTo=${encodeURIComponent("/staff/events/figures?from=2026-04-01")}`);
  await expect(page.getByText("Sign in to carry on to the page you asked for.")).toBeVisible();
  await expectAccessible(page);
  await fillAndSend(page, ACCOUNTS.officer);
  await expect(page).toHaveURL("/staff/events/figures?from=2026-04-01");

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto("/tenant/consultations");
  await fillAndSend(noScript, ACCOUNTS.tenant);
  await expect(noScript).toHaveURL("/tenant/consultations");
  await context.close();
});

for (const evil of ["//evil.example/steal", "https://evil.example/steal", "/\\evil.example/steal"]) {
  test(`a return address to another site (${evil}) is ignored: sign-in goes home`, async ({ page }) => {
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(evil)}`);
    await expect(page.getByText("Sign in to carry on")).toHaveCount(0);
    await fillAndSend(page, ACCOUNTS.board);
    await expect(page).toHaveURL("/board");
  });
}
