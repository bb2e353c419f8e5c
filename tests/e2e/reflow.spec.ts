import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

// 320 CSS pixels is 1280 at 400% zoom: WCAG 1.4.10 asks that nothing then scrolls sideways.
const NARROW = { width: 320, height: 800 };

// Pages reached by no link from a home page, or only after an action: listed so the sweep covers them too.
const PUBLIC = [
  "/",
  "/sign-in",
  "/register",
  "/forgot-password",
  "/consultations",
  "/consultations/closed",
  "/events",
  "/strategy",
  "/you-said-we-did",
  "/you-said-we-did/all",
  "/rto-register",
  "/survey-results",
  "/accessibility",
  "/privacy",
  "/contact",
  "/feedback",
  "/get-involved",
  "/who-takes-part",
  "/group-minutes",
  "/group-minutes/group-panel",
  "/scrutiny",
  "/unsubscribe?token=x.y",
];
const EXTRA: Record<keyof typeof ACCOUNTS, string[]> = {
  tenant: [
    "/tenant/details",
    "/tenant/my-data",
    "/tenant/equality",
    "/tenant/feedback/new",
    "/tenant/groups",
    "/tenant/household",
    "/tenant/evaluations",
    "/tenant/training",
    "/account",
  ],
  officer: [
    "/staff/consultations/new",
    "/staff/events/new",
    "/staff/events/figures",
    "/staff/customers/import",
    "/staff/feedback/new",
    "/staff/feedback/standards",
    "/staff/scrutiny/new",
    "/staff/kpis/new",
    "/staff/groups/requests",
    "/staff/reach",
    "/staff/reach/evaluations",
    "/staff/reach/training",
    "/account",
  ],
  board: ["/board/pack", "/board/assurance", "/board/scrutiny", "/board/feedback"],
  admin: [
    "/admin/settings/contact",
    "/admin/settings/statements",
    "/admin/settings/look",
    "/admin/holidays",
    "/admin/second-factor",
  ],
  councillor: ["/account"],
};
const HOME: Record<keyof typeof ACCOUNTS, string> = {
  tenant: "/tenant",
  officer: "/staff",
  board: "/board",
  admin: "/admin",
  councillor: "/groups",
};
// The administrator also reaches every staff page, which the officer's sweep already covers.
const SCOPE: Record<keyof typeof ACCOUNTS, RegExp> = {
  tenant: /^\//,
  officer: /^\//,
  board: /^\//,
  admin: /^\/admin/,
  councillor: /^\/groups/,
};

// Downloads, feeds, an email's sandboxed HTML part (no script can run there, axe included) are not pages to scan.
const SKIP =
  /\/(export|download|sign-out|logo|html|pdf|csv|file)(\/|\?|$)|\.(csv|ics|pdf|json)(\?|$)|\/api\/|\/documents\//;
// One page per shape of address: the 320th customer's page reflows like the first.
const shape = (path: string) =>
  path
    .split("?")[0]!
    .split("/")
    .map((part) => (/\d/.test(part) && part.length > 6 ? ":id" : part))
    .join("/");

const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });

const sameSiteLinks = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>("main a[href], nav a[href]"))
      .map((a) => new URL(a.href, location.href))
      .filter((url) => url.origin === location.origin)
      .map((url) => `${url.pathname}${url.search}`),
  );

// "1 people", "1 actions": a count written without the plural rules (lib/format.ts count()). A number that names
// something ("Priority 1 actions", "Stage 1 complaints") is not a count; singular nouns ending in s are left alone.
const ONE_WITH_PLURAL =
  /(?<!(?:Priority|Stage|Question|Step|Page|Part|Quarter|Recommendation|Section|Round|Year|Q) )(?<![\d.,£/:-])\b1 (people|[a-z]+s(?<!ss|us|is|as))\b/gi;
// Other slips once on these pages: a label dropped into a sentence ("by online") and a verb not agreeing.
const BAD_PHRASES = [/\bby online\b/i, /\bthe customer need\b/i, /\b1 children\b/i];

/** Words on the page that a person would read as a mistake. */
const wordingProblems = async (page: Page, path: string) => {
  const text = await page.locator("body").innerText();
  const found = [...(text.match(ONE_WITH_PLURAL) ?? []), ...BAD_PHRASES.flatMap((phrase) => text.match(phrase) ?? [])];
  return found.map((words) => `${path} says "${words}"`);
};

// The page's main next step is its one primary button (components/ui/button-styles.ts); every other is secondary.
const primaryButtons = (page: Page) => page.locator("[data-primary]").allInnerTexts();

/**
 * Visits `start` and the pages it links to (two clicks deep), checking each at 320 px and that it has at most one
 * primary button; returns what failed.
 */
const sweep = async (page: Page, start: string[], limit: number, scope = /^\//) => {
  const queue = [...start];
  const seen = new Set<string>();
  const problems: string[] = [];
  let visited = 0;
  while (queue.length > 0 && visited < limit) {
    const path = queue.shift()!;
    if (SKIP.test(path) || !scope.test(path) || seen.has(shape(path))) continue;
    seen.add(shape(path));
    const response = await page.goto(path);
    if (!response || response.status() >= 400 || !page.url().includes(path.split("?")[0]!)) continue;
    visited += 1;
    const { scrollWidth, clientWidth } = await overflow(page);
    if (scrollWidth > clientWidth) problems.push(`${path} scrolls sideways: ${scrollWidth} > ${clientWidth}`);
    const primary = await primaryButtons(page);
    if (primary.length > 1) problems.push(`${path} has ${primary.length} primary buttons: ${primary.join(" | ")}`);
    problems.push(...(await wordingProblems(page, path)));
    // A table's scrolling region takes its width from the page, never from the table: it must not collapse.
    const narrowRegions = await page
      .locator('[role="region"]:has(> table)')
      .evaluateAll((regions) =>
        regions
          .filter((region) => (region as HTMLElement).offsetParent !== null && region.clientWidth < 200)
          .map((region) => region.getAttribute("aria-label")),
      );
    if (narrowRegions.length > 0) problems.push(`${path} has collapsed tables: ${narrowRegions.join(" | ")}`);
    await expectAccessible(page);
    if (path.split("/").length <= 4) queue.push(...(await sameSiteLinks(page)));
  }
  return { problems, visited };
};

test.use({ viewport: NARROW });

test("the wording check finds a plural slip and passes a count written right", async ({ page }) => {
  await page.setContent(
    "<main><p>1 people came. 1 actions. 2 people came. Priority 1 actions. 1 status. by online</p></main>",
  );
  expect(await wordingProblems(page, "/x")).toEqual([
    '/x says "1 people"',
    '/x says "1 actions"',
    '/x says "by online"',
  ]);
});

test("every public page reflows at 320 px, has one main button at most and passes axe there", async ({ page }) => {
  test.setTimeout(300_000);
  const { problems, visited } = await sweep(page, PUBLIC, 60);
  expect(problems).toEqual([]);
  expect(visited).toBeGreaterThan(10);
});

for (const role of Object.keys(HOME) as (keyof typeof ACCOUNTS)[]) {
  test(`every page ${role === "officer" || role === "admin" ? "an" : "a"} ${role} reaches reflows at 320 px, has one main button at most and passes axe there`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await signIn(page, ACCOUNTS[role]);
    const { problems, visited } = await sweep(page, [HOME[role], ...EXTRA[role]], 90, SCOPE[role]);
    expect(problems).toEqual([]);
    expect(visited).toBeGreaterThan(3);
  });
}

test("the header band spans the full width at 320 px", async ({ page }) => {
  await signIn(page, ACCOUNTS.officer);
  const header = await page.locator("body > header").boundingBox();
  expect(header?.x).toBe(0);
  expect(header?.width).toBe(NARROW.width);
});

test("the footer lists each support link on its own", async ({ page }) => {
  await page.goto("/");
  const items = page.getByRole("contentinfo").getByRole("listitem");
  await expect(items).toHaveCount(11);
  for (const item of await items.all()) await expect(item.getByRole("link")).toHaveCount(1);
  await expect(items.filter({ hasText: "Scrutiny reports" })).not.toContainText("feedback");
});
