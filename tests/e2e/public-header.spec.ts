import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

// Public pages are cached once per role (app/(public)/as/[viewer], docs/decisions/0021): a signed-in visitor keeps
// their menu and "Sign out" on them, and a stranger never gets a signed-in copy.

const banner = (page: Page) => page.getByRole("banner");
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

const expectStrangersHeader = async (page: Page) => {
  await expect(banner(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(banner(page).getByRole("link", { name: "Create an account" })).toBeVisible();
  await expect(banner(page).getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expect(mainNav(page)).toHaveCount(0);
};

const expectMenu = async (page: Page, link: string) => {
  await expect(banner(page).getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: link })).toBeVisible();
  await expect(banner(page).getByRole("link", { name: "Sign in" })).toHaveCount(0);
};

/** A new event of the officer's own, so the tenant's registration changes no other journey's figures. */
const addEvent = async (page: Page) => {
  const title = `Estate walkabout ${Date.now().toString(36)}`;
  await page.goto("/staff/events/new");
  await page.getByLabel("Name of the event").fill(title);
  await page.getByRole("radio", { name: "Community event" }).check();
  await page.getByRole("textbox", { name: "Venue", exact: true }).fill("Riverside Community Centre");
  await page.getByLabel("Starts").fill("2030-06-01T14:00");
  await page.getByLabel("Ends").fill("2030-06-01T16:00");
  await page.getByRole("button", { name: "Add the event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname.split("/").pop() as string;
};

/** Visits the public pages as a signed-in role, checks its menu on each, scans them and signs out from the last. */
const journey = async (browser: Browser, account: string, link: string, eventPath: string) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  for (const path of [eventPath, "/strategy", "/news"]) {
    await page.goto(path);
    await expectMenu(page, link);
    await expect(page.getByText("asked to sign in first")).toHaveCount(0);
  }
  // The header with the role's menu, scanned at full width and at 320 px (the pages' bodies are the strangers').
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  // The menu works: it leads into the role's own area.
  await mainNav(page).getByRole("link", { name: link }).click();
  // The role's own page is rendered per request; on a loaded machine it can take longer than an assertion's 10 s.
  await page.waitForURL((url) => !url.pathname.endsWith("/news"), { timeout: 60_000 });
  await page.goto("/news");
  await banner(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  await page.goto("/strategy");
  await expectStrangersHeader(page);
  await context.close();
};

test("officers, board members and tenants keep their menu and sign out on public pages; a tenant registers from the event page", async ({
  browser,
  page,
}) => {
  // Four people signing in and ten scans: a minute alone, and more than four on a machine shared with other builds.
  test.setTimeout(480_000);
  await signIn(page, ACCOUNTS.officer);
  const eventPath = `/events/${await addEvent(page)}`;

  await journey(browser, ACCOUNTS.officer, "Customers", eventPath);
  await journey(browser, ACCOUNTS.board, "Performance pack", eventPath);

  const tenant = await browser.newContext();
  const tenantPage = await tenant.newPage();
  await signIn(tenantPage, ACCOUNTS.tenant);
  await tenantPage.goto(eventPath);
  await expectMenu(tenantPage, "Your involvement");
  await expect(tenantPage.getByText("asked to sign in first")).toHaveCount(0);
  await tenantPage.getByRole("button", { name: "Register for this event" }).click();
  await expect(tenantPage.getByRole("heading", { name: /^Your place/ })).toBeVisible();
  await expect(tenantPage).toHaveURL(new RegExp(`${eventPath}$`));
  await expectAccessible(tenantPage);
  await tenantPage.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(tenantPage);
  await tenant.close();
  await journey(browser, ACCOUNTS.tenant, "Your involvement", eventPath);

  // A stranger on the same pages, which the signed-in visits above have just cached, sees the stranger's header.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  for (const path of [eventPath, "/strategy", "/news", "/you-said-we-did", "/"]) {
    await strangerPage.goto(path);
    await expectStrangersHeader(strangerPage);
  }
  await expect(strangerPage.getByText("asked to sign in first")).toHaveCount(0);
  await strangerPage.goto(eventPath);
  await expect(strangerPage.getByText("you will be asked to sign in first")).toBeVisible();
  await expectAccessible(strangerPage);
  await stranger.close();
});

test("a signed-in copy of a public page never reaches a stranger, and no shared cache may keep it", async ({
  page,
  request,
}) => {
  await signIn(page, ACCOUNTS.tenant);
  // The tenant's copy of /strategy is now in the server's cache.
  const signedIn = await page.goto("/strategy");
  expect(signedIn?.headers()["cache-control"]).toBe("private, no-store");
  await expectMenu(page, "Your involvement");

  // `request` shares no cookies with `page`: a stranger.
  const strangers = await request.get("/strategy");
  expect(await strangers.text()).not.toContain("Sign out");
  expect(strangers.headers()["cache-control"]).not.toContain("private");
  // Nor by asking for the copy by its own address, nor with a cookie that is not a session.
  expect((await request.get("/as/tenant/strategy")).status()).toBe(404);
  const forged = await request.get("/strategy", { headers: { cookie: "authjs.session-token=forged" } });
  expect(await forged.text()).not.toContain("Sign out");

  // A copy of the cookie kept after signing out still picks the tenant's header (it names no one), but the menu
  // leads nowhere: the pages behind it check the session.
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  await banner(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  const revoked = await request.get("/tenant", { headers: { cookie }, maxRedirects: 0 });
  expect(revoked.status()).toBe(307);
  expect(revoked.headers()["location"]).toContain("/sign-in");
});

test("without JavaScript a signed-in tenant sees the menu on a public page and signs out from it", async ({
  browser,
}) => {
  const { page, expectAccessibleMarkup, close } = await openWithoutJavaScript(browser);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(ACCOUNTS.tenant);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/tenant/);
  await page.goto("/strategy");
  await expectMenu(page, "Your involvement");
  await expectAccessibleMarkup();
  await banner(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  await page.goto("/strategy");
  await expectStrangersHeader(page);
  await close();
});
