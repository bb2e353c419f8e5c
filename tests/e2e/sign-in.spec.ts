import { expect, test } from "@playwright/test";
import { attemptSignIn, ACCOUNTS, expectAccessible, signIn, signOut } from "./fixtures";

const HOMES = [
  { account: ACCOUNTS.tenant, path: "/tenant", heading: "Your involvement" },
  { account: ACCOUNTS.officer, path: "/staff", heading: "Staff area" },
  { account: ACCOUNTS.board, path: "/board", heading: /^Key performance indicators: Quarter [1-4]/ },
  { account: ACCOUNTS.admin, path: "/admin", heading: "Administration" },
];

test("the public home page and sign-in page are accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Have your say about your home and services");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign in to Involve" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
});

for (const { account, path, heading } of HOMES) {
  test(`${account} signs in to their home and signs out`, async ({ page }) => {
    await signIn(page, account);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expectAccessible(page);
    await signOut(page);
    await expectAccessible(page);
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  });
}

test("a tenant signs in with JavaScript turned off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await attemptSignIn(page, ACCOUNTS.tenant, "wrong-password");
  await expect(page.getByRole("form").or(page.locator("form")).getByRole("alert")).toContainText(
    "The email address or password is not right",
  );
  await expect(page.getByLabel("Email address")).toHaveValue(ACCOUNTS.tenant);
  await signIn(page, ACCOUNTS.tenant);
  await expect(page).toHaveURL("/tenant");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your involvement");
  await context.close();
});
