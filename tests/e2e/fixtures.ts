import { existsSync, readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { MAIL_CAPTURE_FILE } from "@/playwright.config";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "@/prisma/seed-data";
import { demoAdminCode, untilNextStep } from "@/scripts/lib/sign-in-over-http";

export { DEMO_PASSWORD };

export const ACCOUNTS = {
  tenant: "tenant@involve.test",
  officer: "officer@involve.test",
  board: "board@involve.test",
  admin: DEMO_ADMIN_EMAIL,
  councillor: "councillor@involve.test",
} as const;

/** Fails the test on any WCAG 2.2 A or AA violation on the page as it stands. */
export const expectAccessible = async (page: Page) => {
  // Next streams the <title> after the page body, so a scan straight after navigation can run before it arrives.
  await expect(page).toHaveTitle(/\S/);
  const scan = () =>
    new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  let results = await scan();
  // A client-side navigation still finishing swaps the <title> mid-scan; a page really without one fails twice.
  if (results.violations.length === 1 && results.violations[0]?.id === "document-title") {
    await expect(page).toHaveTitle(/\S/);
    results = await scan();
  }
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
};

/**
 * A page with JavaScript turned off. axe runs inside the page, which such a page cannot do, so its scan copies
 * the markup as it stands (form errors included) into a JavaScript-enabled twin on the same origin.
 */
/** Scans the page as it stands, then again at 320 px wide (400% zoom, WCAG 1.4.10), then restores the width. */
export const expectAccessibleAtBothWidths = async (page: Page) => {
  await expectAccessible(page);
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  if (wide) await page.setViewportSize(wide);
};

export const openWithoutJavaScript = async (browser: Browser) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const scanContext = await browser.newContext();
  const page = await context.newPage();
  const twin = await scanContext.newPage();
  const expectAccessibleMarkup = async () => {
    // A click returns once the next page starts arriving; copy it only when all of it, <title> last, is in.
    await page.waitForLoadState("load");
    await expect(page).toHaveTitle(/\S/);
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
    await twin.goto(new URL("/api/health", page.url()).href);
    await twin.setContent(html);
    await expectAccessible(twin);
  };
  const close = async () => {
    await context.close();
    await scanContext.close();
  };
  return { page, expectAccessibleMarkup, close };
};

/** Fills in and sends the sign-in form, whatever the outcome. */
export const attemptSignIn = async (page: Page, email: string, password: string) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
};

/**
 * Signs in and waits to land on the account's home page. The demo administrator must give a code from their app
 * (the demo requires it of administrators): this 30-second step's, else the next one's (another test may have used
 * this one: each is accepted once, and only steps after the last used), else, both used, the step after next once
 * the next has begun.
 */
export const signIn = async (page: Page, email: string, password = DEMO_PASSWORD) => {
  await attemptSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in") || url.pathname === "/sign-in/code");
  if (new URL(page.url()).pathname !== "/sign-in/code") return;
  for (const offset of [0, 1, "wait"] as const) {
    if (offset === "wait") await page.waitForTimeout(untilNextStep());
    await page.getByLabel("Code").fill(await demoAdminCode(offset === "wait" ? 1 : offset));
    await page.getByRole("button", { name: "Continue" }).click();
    // A refused code leaves the page where it is (its message stays from an earlier refusal, so it is no sign).
    const signedIn = await page
      .waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    if (signedIn) return;
  }
  throw new Error(`${email} was not let in with a code from the app`);
};

export const signOut = async (page: Page) => {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
};

/**
 * The last link emailed to `to` under `path` (like "/reset-password/"), from the file the test server copies every
 * email to (MAIL_CAPTURE_FILE in playwright.config.ts): the outbox page hides account links from everyone.
 */
export const emailedLink = async (to: string, path: string) => {
  await expect.poll(() => readCapturedLink(to, path)).toBeTruthy();
  return readCapturedLink(to, path)!;
};

const readCapturedLink = (to: string, path: string) => {
  if (!existsSync(MAIL_CAPTURE_FILE)) return undefined;
  const messages = readFileSync(MAIL_CAPTURE_FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { to: string; text: string })
    .filter((message) => message.to === to);
  const text = messages.at(-1)?.text ?? "";
  return new RegExp(`https?://\\S+${path.replace(/\//g, "\\/")}[\\w-]+`).exec(text)?.[0];
};
