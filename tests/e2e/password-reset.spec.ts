import { expect, test } from "@playwright/test";
import { ACCOUNTS, emailedLink, expectAccessible, signIn, signOut } from "./fixtures";

const ACCOUNT = "tenant2@involve.test";
const NEW_PASSWORD = "a brand new passphrase";

test("a tenant resets a forgotten password with the emailed link, which works once", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "I have forgotten my password" }).click();
  await expectAccessible(page);
  await page.getByLabel("Email address").fill(ACCOUNT);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);

  // No mail server here: the administrator reads the email in the outbox.
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expectAccessible(page);
  await page
    .getByRole("row", { name: new RegExp(ACCOUNT) })
    .first()
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your Involve password");
  await expectAccessible(page);
  // The outbox shows where the link points, never the token; the test reads it from the emailed copy.
  await expect(page.locator("#text-part")).toContainText("/reset-password/[hidden");
  await expect(page.getByRole("link", { name: /reset-password/ })).toHaveCount(0);
  const link = await emailedLink(ACCOUNT, "/reset-password/");
  await signOut(page);

  await page.goto(link);
  await expectAccessible(page);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill("something else entirely");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#confirmPassword-error")).toContainText("The passwords do not match");
  await expectAccessible(page);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { name: "Your password has been changed" })).toBeVisible();

  await signIn(page, ACCOUNT, NEW_PASSWORD);
  await expect(page).toHaveURL("/tenant");
  await signOut(page);

  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("yet another passphrase");
  await page.getByLabel("Confirm new password").fill("yet another passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("expired or has already been used");
});
