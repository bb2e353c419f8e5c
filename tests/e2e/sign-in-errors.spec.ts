import { expect, test } from "@playwright/test";
import { attemptSignIn, expectAccessible } from "./fixtures";

test("an empty sign-in form shows each problem beside its field and in the summary", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.locator("form").getByRole("alert");
  await expect(summary).toContainText("There is a problem");
  await expect(summary.getByRole("link", { name: "Email address: Enter your email address" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Password: Enter your password" })).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toHaveText("Error: Enter your email address");
  await expectAccessible(page);
});

test("a malformed email address gets a clear message, not a server error", async ({ page }) => {
  await attemptSignIn(page, "not an email", "whatever");
  await expect(page.locator("#email-error")).toContainText("Enter an email address in the correct format");
  await expectAccessible(page);
});

test("repeated failed sign-ins for one account are slowed down", async ({ page }) => {
  const account = "someone-guessing@involve.test";
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await attemptSignIn(page, account, `guess-${attempt}`);
    await expect(page.locator("form").getByRole("alert")).toContainText("The email address or password is not right");
  }
  // From the fifth attempt each must wait twice as long as the last (1 s, 2 s, 4 s ...): soon faster than a person types.
  const messages: string[] = [];
  for (let attempt = 6; attempt <= 12 && !messages.some((m) => m.includes("too many attempts")); attempt += 1) {
    await attemptSignIn(page, account, `guess-${attempt}`);
    messages.push((await page.locator("form").getByRole("alert").textContent()) ?? "");
  }
  expect(messages.at(-1)).toContain("too many attempts to sign in to this account");
});
