import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn, signOut } from "./fixtures";

const stageForm = (page: Page) => page.getByRole("form", { name: "Move the review on" });

const changeStage = async (page: Page, stage: string) => {
  await stageForm(page).getByLabel(stage, { exact: true }).check();
  await stageForm(page).getByRole("button", { name: "Change the stage" }).click();
};

test("officers run a review to publication once the panel agrees it at a meeting; the public sees it only then, and the board sees its evidence", async ({
  page,
  browser,
}) => {
  // The whole life of a review, three roles and eleven scans: longer than one page's journey.
  test.slow();
  const title = `Empty homes ${Date.now()}`;
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scrutiny", exact: true }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Start a scrutiny review" }).click();
  await page.getByRole("button", { name: "Start the review" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter the review's title");
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Choose where the topic came from",
  );
  await expectAccessible(page);
  await page.getByLabel("Title of the review").fill(title);
  await page.getByLabel("A performance indicator").check();
  // The topic box suggests the KPIs in use and the feedback themes (a datalist: no JavaScript needed).
  const topics = page.locator(
    `datalist#${await page.getByLabel("Which theme, indicator or suggestion").getAttribute("list")} option`,
  );
  await expect(topics.and(page.locator('[value="KPI INV01: Customers involved"]'))).toHaveCount(1);
  await expect(topics.and(page.locator('[value="Feedback about repairs"]'))).toHaveCount(1);
  await page.getByLabel("Which theme, indicator or suggestion").fill("Average days to re-let an empty home");
  await page.getByLabel("What the review will look at (scope)").fill("How empty homes are repaired and let again.");
  await page.getByLabel("Transparency, Influence and Accountability Standard").check();
  await page.getByRole("button", { name: "Start the review" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("status").first()).toContainText("The review has been started");
  await expectAccessible(page);
  const reviewUrl = page.url();
  const reviewId = new URL(reviewUrl).pathname.split("/").pop() ?? "";

  // A stranger in a context of their own (axe needs one made by newContext).
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  expect((await visitor.goto(`/scrutiny/${reviewId}`))?.status()).toBe(404);

  await changeStage(page, "Gathering evidence");
  await expect(stageForm(page).getByRole("status")).toContainText("Gathering evidence");
  await page.getByLabel("Site visit").check();
  await page.getByLabel("Note", { exact: true }).fill("Visited three empty homes in Riverside");
  await page.getByRole("button", { name: "Log the evidence" }).click();
  await expect(page.getByRole("table", { name: "Evidence gathered" })).toContainText(
    "Visited three empty homes in Riverside",
  );
  await changeStage(page, "Writing the report");
  await expect(stageForm(page).getByRole("status")).toContainText("Writing the report");
  await changeStage(page, "Awaiting the landlord's response");
  await expect(stageForm(page).getByRole("alert")).toContainText("Record the findings and at least one recommendation");
  await expectAccessible(page);

  await page.getByLabel("Recommendation", { exact: true }).fill("Publish the time each empty home takes to re-let.");
  await page.getByRole("button", { name: "Add the recommendation" }).click();
  await expect(page.getByRole("form", { name: "Add a recommendation" }).getByRole("status")).toContainText(
    "Recommendation 1 has been added",
  );
  await page.getByRole("link", { name: "Edit the scope, outcomes and findings" }).click();
  await expectAccessible(page);
  await page.getByLabel("Findings").fill("Homes wait a week for the first inspection.");
  await page.getByRole("button", { name: "Save the review" }).click();
  await expect(page.getByRole("status")).toContainText("The review has been saved");
  // The panel agrees its report by a recorded vote before it goes to the landlord (issue 27; panel-work.spec).
  await changeStage(page, "Awaiting the landlord's response");
  await expect(stageForm(page).getByRole("alert")).toContainText(
    "The panel must agree the report, by its vote or at a meeting, before it goes to the landlord",
  );
  await expectAccessible(page);

  // The panel agreed it in the room: the officer records the meeting and its minute instead of the portal's vote.
  const agreement = page.getByRole("form", { name: "Record the panel's agreement at a meeting" });
  await agreement.getByRole("button", { name: "Record the agreement" }).click();
  await expect(agreement.getByRole("alert")).toContainText("Enter the date of the meeting that agreed the report");
  await expectAccessible(page);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await agreement.getByLabel("Date of the panel's meeting").fill(yesterday);
  await agreement.getByLabel("Minute reference").fill("7.2");
  await agreement.getByRole("button", { name: "Record the agreement" }).click();
  await expect(page.getByText("The panel agreed this report at its meeting on")).toBeVisible();
  await expect(page.getByText("(minute 7.2)")).toBeVisible();

  await changeStage(page, "Awaiting the landlord's response");
  await expect(stageForm(page).getByRole("status")).toContainText("Awaiting the landlord's response");
  await changeStage(page, "Published");
  await expect(stageForm(page).getByRole("alert")).toContainText("The landlord must respond to every recommendation");

  await page.getByRole("link", { name: "Respond or record progress on recommendation 1" }).click();
  await expectAccessible(page);
  await page.getByLabel("Rejected", { exact: true }).check();
  await page.getByRole("button", { name: "Save the response" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Say why the recommendation is rejected",
  );
  await expectAccessible(page);
  await page.getByLabel("Partly accepted", { exact: true }).check();
  await page.getByLabel("Why (if rejected or partly accepted)").fill("We will publish quarterly, not per home.");
  await page.getByLabel("What the landlord will do").fill("Add re-let times to the quarterly report");
  await page.getByLabel("Who owns the action").fill("Head of Lettings");
  await page.getByLabel("Date the action is due").fill("2027-01-31");
  await page.getByRole("button", { name: "Save the response" }).click();
  await expect(page.getByRole("status")).toContainText("The landlord's response has been saved");
  await page.goto(reviewUrl);
  await changeStage(page, "Published");
  await expect(stageForm(page).getByRole("status")).toContainText("Published");

  await visitor.goto("/scrutiny");
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByRole("region", { name: "Recommendation 1" })).toContainText("Partly accepted");
  await expect(visitor.getByRole("region", { name: "Recommendation 1" })).toContainText("Head of Lettings");
  await expectAccessible(visitor);
  await visitorContext.close();

  // Wait for the sign-out to finish: going to the sign-in page at once would abandon it and stay signed in.
  await signOut(page);
  await signIn(page, ACCOUNTS.board);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scrutiny", exact: true }).click();
  await expect(page.getByRole("table", { name: "Scrutiny reviews" })).toContainText(title);
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assurance evidence" }).click();
  await expect(page.getByRole("region", { name: "Transparency, Influence and Accountability Standard" })).toContainText(
    title,
  );
  await expectAccessible(page);
});

test("a tenant without JavaScript reads the published demo report; drafts and the board's pages stay closed to them", async ({
  browser,
  page,
}) => {
  const { page: tenant, expectAccessibleMarkup, close } = await openWithoutJavaScript(browser);
  await signIn(tenant, ACCOUNTS.tenant);
  await tenant.getByRole("link", { name: "Scrutiny reports" }).click();
  await expectAccessibleMarkup();
  await tenant.getByRole("link", { name: "Repairs appointments" }).click();
  await expect(tenant.getByRole("region", { name: "Recommendation 2" })).toContainText("Overdue");
  await expect(tenant.getByRole("region", { name: "Recommendation 3" })).toContainText("In progress");
  await expect(tenant.getByRole("region", { name: "Recommendation 4" })).toContainText("Rejected");
  await expectAccessibleMarkup();
  expect((await tenant.goto("/scrutiny/review-asb"))?.status()).toBe(404);
  expect((await tenant.goto("/board/scrutiny"))?.status()).toBe(403);
  expect((await tenant.request.get("/board/scrutiny/tracker.csv", { maxRedirects: 0 })).status()).toBe(403);
  await close();

  await signIn(page, ACCOUNTS.board);
  expect((await page.goto("/staff/scrutiny"))?.status()).toBe(403);
  await page.goto("/board/scrutiny");
  await expect(page.getByRole("row", { name: /Repairs appointments: 2/ })).toContainText("Overdue");
  await expectAccessible(page);
  await page.goto("/board/scrutiny/review-asb");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anti-social behaviour case handling");
  await expectAccessible(page);
  const csv = await page.request.get("/board/scrutiny/tracker.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toMatch(/Repairs appointments,Published,2,.*Overdue/);
});
