import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

// Each test makes its own events with names no other run uses, so it relies on no other spec's state.
const unique = (name: string) => `${name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const formWith = (page: Page, button: string): Locator =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button }) });

type NewEvent = {
  title: string;
  kind?: string;
  area?: string;
  partners?: string;
  capacity?: string;
  startsAt?: string;
  endsAt?: string;
};

/** Adds an event through the officer's form and returns the id from the page it lands on. */
const addEvent = async (page: Page, event: NewEvent) => {
  await page.goto("/staff/events/new");
  await page.getByLabel("Name of the event").fill(event.title);
  await page.getByRole("radio", { name: event.kind ?? "Community event" }).check();
  await page.getByRole("textbox", { name: "Venue", exact: true }).fill("Riverside Community Centre");
  if (event.area) await page.getByLabel("Area").selectOption({ label: event.area });
  if (event.partners) await page.getByLabel("Partner organisations").fill(event.partners);
  await page.getByLabel("Starts").fill(event.startsAt ?? "2030-05-01T14:00");
  await page.getByLabel("Ends").fill(event.endsAt ?? "2030-05-01T16:00");
  if (event.capacity) await page.getByLabel("Number of places").fill(event.capacity);
  await page.getByRole("button", { name: "Add the event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
  return new URL(page.url()).pathname.split("/").pop() as string;
};

const registerCustomer = async (page: Page, eventId: string, reference: string, expected: string) => {
  await page.goto(`/staff/events/${eventId}`);
  await page.getByLabel("Customer reference").fill(reference);
  await page.getByRole("button", { name: "Register the customer" }).click();
  await expect(formWith(page, "Register the customer").getByRole("status")).toContainText(expected);
};

test("a tenant finds an event in the calendar and registers without JavaScript; a second registration is refused", async ({
  browser,
  page,
}) => {
  // Two people, six accessibility scans and a second tab: about 60 s on CI's two shared cores (it ran out once).
  test.slow();
  const title = unique("Tenants' tea afternoon");
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Events" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Events, meetings and training");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Add an event" }).click();
  await page.getByRole("button", { name: "Add the event" }).click();
  const form = formWith(page, "Add the event");
  await expect(form.getByRole("alert")).toContainText("Enter the event's name");
  await expect(form.getByRole("alert")).toContainText("Enter when the event starts");
  await expectAccessible(page);
  const eventId = await addEvent(page, { title, area: "Riverside" });
  await expectAccessible(page);

  const { page: tenant, expectAccessibleMarkup, close } = await openWithoutJavaScript(browser);
  await signIn(tenant, ACCOUNTS.tenant);
  await tenant.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Events" }).click();
  await expectAccessibleMarkup();
  await tenant.getByLabel("Area").selectOption({ label: "Riverside" });
  await tenant.getByLabel("Kind of event").selectOption({ label: "Community event" });
  await tenant.getByRole("button", { name: "Show events" }).click();
  await expect(tenant).toHaveURL(/area=.+&kind=COMMUNITY_EVENT/);
  await tenant.getByRole("link", { name: title }).click();
  await expectAccessibleMarkup();
  // Signed in, the public event page offers the place itself, with no word of signing in (issue 24).
  await expect(tenant).toHaveURL(`/events/${eventId}`);
  await expect(tenant.getByText("asked to sign in first")).toHaveCount(0);

  // A second tab with the same form stands in for pressing the button twice.
  const stale = await tenant.context().newPage();
  await stale.goto(`/tenant/events/${eventId}`);
  await tenant.getByLabel("Transport to and from the event").check();
  await tenant.getByLabel("Food and drink (optional)").fill("Vegetarian");
  await tenant.getByRole("button", { name: "Register for this event" }).click();
  await expect(tenant.getByRole("heading", { name: "Your place: registered" })).toBeVisible();
  await expectAccessibleMarkup();
  await stale.getByRole("button", { name: "Register for this event" }).click();
  // Without JavaScript the refusal comes back on a page that now shows the place, so it is not inside the form.
  await expect(stale.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("already registered");
  await expect(stale.getByRole("heading", { name: "Your place: registered" })).toBeVisible();
  await close();

  await page.goto(`/staff/events/${eventId}`);
  const row = page.getByRole("row", { name: /Morag Campbell/ });
  await expect(row).toContainText("Registered");
  await expect(row).toContainText("transport");
  await expect(row).toContainText("food: Vegetarian");
  await expect(page.getByRole("table", { name: "People registered and waiting" }).getByRole("row")).toHaveCount(2);
});

test("an officer marks attendance and adds walk-ins, and the figures count each person once", async ({ page }) => {
  // Each tick at the door now goes through its confirmation page.
  test.slow();
  // A past day no other run is likely to use, so the figures for it are this event's alone.
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(Math.random() * 3650) * 86_400_000).toISOString().slice(0, 10);
  const title = unique("Door list test");
  await signIn(page, ACCOUNTS.officer);
  const eventId = await addEvent(page, { title, partners: "Age UK Northvale", capacity: "10" });
  await registerCustomer(page, eventId, "C00003", "The customer has a place");
  await registerCustomer(page, eventId, "C00004", "The customer has a place");
  await expectAccessible(page);

  // The event has now happened: move it to the chosen past day.
  await page.getByRole("link", { name: "Change the event" }).click();
  await expectAccessible(page);
  await page.getByLabel("Starts").fill(`${day}T10:00`);
  await page.getByLabel("Ends").fill(`${day}T12:00`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.getByRole("link", { name: "Attendance at the door" }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  const registered = page.getByRole("listitem").filter({ hasText: "C00003" });
  await registered.getByRole("link", { name: /Mark attended/ }).click();
  await expect(page.getByText("0 so far, 1 after this")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, mark attended" }).click();
  await expect(page.getByRole("status").first()).toContainText("is marked as attended");
  await expect(registered).toContainText("Attended");
  const walkIn = formWith(page, "Add walk-in");
  // C00004 registered: found at the door, they count once and not as a walk-in.
  for (const reference of ["C00004", "C00005"]) {
    await walkIn.getByLabel("Customer reference").fill(reference);
    await walkIn.getByRole("button", { name: "Add walk-in" }).click();
    await expect(walkIn.getByRole("status")).toContainText(`(${reference}) has been added as attended`);
  }
  await walkIn.getByLabel("Customer reference").fill("C00005");
  await walkIn.getByRole("button", { name: "Add walk-in" }).click();
  await expect(walkIn.getByRole("alert")).toContainText("already marked as attended");
  await expectAccessible(page);
  const unnamed = formWith(page, "Save the number");
  await unnamed.getByLabel("People who did not give names").fill("4");
  await unnamed.getByRole("button", { name: "Save the number" }).click();
  await expect(unnamed.getByRole("status")).toBeVisible();
  const staff = formWith(page, "Save staff");
  await staff.getByLabel("Owen Officer").check();
  await staff.getByRole("button", { name: "Save staff" }).click();
  await expect(staff.getByRole("status")).toBeVisible();
  await page.reload();
  await expect(page.getByText("7 people came: 3 named and 4 who did not give names.")).toBeVisible();
  await expect(page.getByLabel("Owen Officer")).toBeChecked();

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/staff/events");
  await page.getByRole("link", { name: "Figures for the board" }).click();
  await expectAccessible(page);
  await page.getByLabel("From", { exact: true }).fill(day);
  await page.getByLabel("To", { exact: true }).fill(day);
  await page.getByRole("button", { name: "Show figures" }).click();
  const figure = (name: string) =>
    page
      .locator("dl > div")
      .filter({ has: page.getByText(name, { exact: true }) })
      .locator("dd");
  await expect(figure("Events held")).toHaveText("1");
  await expect(figure("Events held in partnership")).toHaveText("1");
  await expect(figure("Named attendees")).toHaveText("3");
  await expect(figure("Unnamed attendees")).toHaveText("4");
  await expect(figure("Different customers who took part")).toHaveText("3");
  await expectAccessible(page);
  const csv = await page.request.get(`/staff/events/figures/download?from=${day}&to=${day}`);
  expect(await csv.text()).toContain("Named attendees,3\r\n");
});

test("a full event puts the next registration on the waiting list, and a cancelled place passes to it", async ({
  browser,
  page,
}) => {
  const title = unique("One-place focus group");
  await signIn(page, ACCOUNTS.officer);
  const eventId = await addEvent(page, { title, kind: "Focus group", capacity: "1" });
  await registerCustomer(page, eventId, "C00006", "The customer has a place");

  const tenantContext = await browser.newContext();
  const tenant = await tenantContext.newPage();
  await signIn(tenant, ACCOUNTS.tenant);
  await tenant.goto(`/events/${eventId}`);
  await expect(tenant.getByText("0 of 1 left (waiting list open)")).toBeVisible();
  await expectAccessible(tenant);
  await tenant.getByRole("button", { name: "Register for this event" }).click();
  await expect(tenant.getByRole("heading", { name: "Your place: on the waiting list" })).toBeVisible();
  await expect(tenant.getByText("This event is full, so you are on the waiting list.")).toBeVisible();
  await expectAccessible(tenant);

  await page.goto(`/staff/events/${eventId}`);
  await page
    .getByRole("row", { name: /C00006/ })
    .getByRole("button", { name: /Cancel/ })
    .click();
  await expect(page.getByRole("row", { name: /Morag Campbell/ })).toContainText("Registered");
  await expect(page.getByRole("row", { name: /C00006/ })).toHaveCount(0);
  await tenant.reload();
  await expect(tenant.getByRole("heading", { name: "Your place: registered" })).toBeVisible();
  await tenant.getByRole("button", { name: "Cancel my place" }).click();
  await expect(tenant.getByRole("button", { name: "Register for this event" })).toBeVisible();
  await expectAccessible(tenant);
  // The board's figures are for staff: the download checks the role itself.
  expect((await tenant.request.get("/staff/events/figures/download")).status()).toBe(403);
  expect((await tenant.goto("/staff/events"))?.status()).toBe(403);
  await tenantContext.close();
});

test("an officer adds a training course", async ({ page }) => {
  const title = unique("Chairing meetings");
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/events");
  await page.getByRole("link", { name: "Training courses" }).click();
  await expect(page.getByRole("table", { name: "Training courses" })).toContainText("Scrutiny skills");
  await expectAccessible(page);
  await page.getByLabel("Name of the course").fill(title);
  await page.getByRole("button", { name: "Add the course" }).click();
  await expect(page.getByRole("table", { name: "Training courses" })).toContainText(title);
  await page.getByLabel("Name of the course").fill(title);
  await page.getByRole("button", { name: "Add the course" }).click();
  await expect(formWith(page, "Add the course").getByRole("alert")).toContainText("already a course with that name");
  await expectAccessible(page);
});

test("the iCalendar feed lists upcoming events", async ({ request }) => {
  const response = await request.get("/events/calendar.ics");
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const body = await response.text();
  expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(body.replace(/\r\n /g, "")).toContain("SUMMARY:Summer gala\r\n");
});

test("the public calendar, the same for everyone and cached for each choice, lists an officer's new event at once; older filtered addresses still work", async ({
  browser,
  page,
}) => {
  const visitor = await (await browser.newContext()).newPage();
  // Seen once before the change, so the calendar and its filtered twin are cached when the officer adds the event.
  for (const address of ["/events", "/events/find?kind=COMMUNITY_EVENT"]) {
    await visitor.goto(address);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Events");
  }

  const title = unique("Estate walkabout tomorrow");
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await signIn(page, ACCOUNTS.officer);
  await addEvent(page, { title, startsAt: `${tomorrow}T10:00`, endsAt: `${tomorrow}T11:00` });

  await visitor.goto("/events");
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(visitor);

  await visitor.goto("/events?kind=COMMUNITY_EVENT");
  await expect(visitor).toHaveURL("/events/find?kind=COMMUNITY_EVENT");
  await expect(visitor.getByRole("link", { name: "Community event", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(visitor);

  // The calendar's own links go straight to the cached page for a choice, the one the form's address is served from.
  await visitor.getByRole("link", { name: "Community event", exact: true }).click();
  await expect(visitor).toHaveURL("/events/find/all/COMMUNITY_EVENT/1");
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await visitor.context().close();
});
