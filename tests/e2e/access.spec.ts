import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

const REFUSALS = [
  { account: ACCOUNTS.tenant, path: "/staff" },
  { account: ACCOUNTS.tenant, path: "/board" },
  { account: ACCOUNTS.officer, path: "/admin" },
  { account: ACCOUNTS.officer, path: "/tenant" },
  { account: ACCOUNTS.board, path: "/staff" },
  { account: ACCOUNTS.board, path: "/admin/audit" },
];

for (const { account, path } of REFUSALS) {
  test(`${account} is refused ${path} with a 403 page`, async ({ page }) => {
    await signIn(page, account);
    await expect(page).not.toHaveURL(/sign-in/);
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
    await expectAccessible(page);
  });
}

test("a stranger is sent to sign in from any private page, which it will return to", async ({ page }) => {
  for (const path of ["/tenant", "/staff", "/board", "/admin", "/admin/outbox"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  }
});

test("an unknown page shows the accessible not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectAccessible(page);
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "up" });
});
