import { generate } from "otplib";
import { expect, test } from "@playwright/test";
import { SECOND_FACTOR_DEMO_EMAIL } from "@/prisma/seed-security";
import { runProbe } from "@/scripts/lib/probe";
import { ACCOUNTS, expectAccessible, signIn, signOut } from "./fixtures";

test("a signed-out session's cookie, replayed, gets the sign-in page", async ({ page, context }) => {
  await signIn(page, ACCOUNTS.tenant);
  const cookies = await context.cookies();
  await signOut(page);
  await context.addCookies(cookies);
  await page.goto("/tenant");
  await expect(page).toHaveURL("/sign-in?returnTo=%2Ftenant");
  // next-auth's own endpoints are closed (they ignored sign-out), and the data download refuses the cookie too.
  const session = await page.request.get("/api/auth/session");
  expect(session.status()).toBe(404);
  expect(await session.text()).not.toContain(ACCOUNTS.tenant);
  expect((await page.request.post("/api/auth/signout")).status()).toBe(404);
  expect((await page.request.get("/tenant/my-data/download", { maxRedirects: 0 })).status()).not.toBe(200);
});

test("pages carry a nonce CSP and no HSTS over plain HTTP; bad requests get 4xx, not 500", async ({ request }) => {
  const response = await request.get("/sign-in");
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'");
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
  const big = await request.post("/sign-in", {
    data: "email=" + "a".repeat(20 * 1024),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expect(big.status()).toBe(413);
  expect((await request.get("/events/%00")).status()).toBe(400);
  expect((await request.get("/events?q=%C3%28")).status()).toBe(400);
});

test("an officer sets up an authenticator app, signs in with a code, and an administrator removes it", async ({
  page,
}) => {
  await signIn(page, SECOND_FACTOR_DEMO_EMAIL);
  await page.getByRole("link", { name: "Your account" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = (await page.locator("code").textContent())?.trim() ?? "";
  expect(secret.length).toBeGreaterThan(15);
  await expect(page.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.locator("#code-error")).toContainText("That code is not right");
  await page.getByLabel("Code from the app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expectAccessible(page);
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(SECOND_FACTOR_DEMO_EMAIL);
  await page.getByLabel("Password", { exact: true }).fill("involve-demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/sign-in/code");
  await expectAccessible(page);
  // The enrolment used this 30-second step's code; the next step's code is accepted too (clock drift window).
  await page.getByLabel("Code").fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL("/staff");
  await signOut(page);

  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/second-factor");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Remove app for Sam Okafor" }).click();
  await expect(page.getByRole("row", { name: /Sam Okafor/ })).toContainText("Not set up");
  await page.goto("/admin/audit");
  await expect(page.getByText("Sign-in second factor reset").first()).toBeVisible();
});

test("a small probe: the access matrix holds, malformed requests get no 5xx, concurrent guesses respect the limit", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const report = await runProbe({ base: baseURL!, fuzzCount: 300, concurrency: 4, full: false });
  expect(report.failures).toEqual([]);
  expect(report.serverErrors).toBe(0);
});
