import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

// Each run writes feedback no other run uses, so it relies on no other spec's state.
const unique = (text: string) => `${text} (${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)})`;

const formWith = (page: Page, button: string) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button }) });

test("a tenant gives feedback, an officer acknowledges and answers it, the tenant sees the reply; another's feedback is not found", async ({
  page,
  browser,
}) => {
  test.slow();
  const details = unique("The lift in our block has been broken since Monday");
  await signIn(page, ACCOUNTS.tenant);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Feedback" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Give feedback, a compliment or a complaint" }).click();
  await page.getByRole("button", { name: "Send feedback" }).click();
  const summary = formWith(page, "Send feedback").getByRole("alert");
  await expect(summary).toContainText("Choose which service it is about");
  await expect(page.locator("#details-error")).toContainText("Tell us what happened or what you think");
  await expectAccessible(page);
  await page
    .getByRole("group", { name: "What would you like to tell us?" })
    .getByLabel(/A complaint/)
    .check();
  await page.getByRole("group", { name: "Which service is it about?" }).getByLabel("Repairs").check();
  await page.getByLabel("Your feedback").fill(details);
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you: we have your feedback");
  await expect(page.getByText(details)).toBeVisible();
  await expectAccessible(page);
  const reference =
    (await page.getByRole("heading", { level: 1 }).locator("..").locator("p").first().textContent()) ?? "";
  expect(reference).toMatch(/^FB-\d{6}$/);
  const tenantItemUrl = page.url().replace(/\?.*$/, "");

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, ACCOUNTS.officer);
  await officer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Feedback" }).click();
  await officer.getByLabel("Kind").selectOption({ label: "Complaint" });
  await officer.getByLabel("Service").selectOption({ label: "Repairs" });
  await officer.getByRole("button", { name: "Show feedback" }).click();
  await expectAccessible(officer);
  await officer.getByRole("link", { name: reference }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Complaint, Stage 1");
  await expect(officer.getByText(details)).toBeVisible();
  await expectAccessible(officer);
  await officer.getByRole("button", { name: "Record as acknowledged today" }).click();
  // The button goes once it is done; the status beside "Status" says what happened.
  await expect(officer.getByRole("definition").first()).toHaveText("Acknowledged");
  const reply = formWith(officer, "Send reply");
  await reply.getByRole("button", { name: "Send reply" }).click();
  await expect(reply.getByRole("alert")).toContainText("Write your reply");
  await expectAccessible(officer);
  await reply.getByLabel("Your reply").fill("An engineer repaired the lift this morning. We are sorry for the wait.");
  await reply.getByLabel(/Yes: this is our answer/).check();
  await reply.getByRole("button", { name: "Send reply" }).click();
  await expect(officer.getByText("Your answer is sent and the clock has stopped.")).toBeVisible();
  await expectAccessible(officer);

  // Feedback an officer took by phone for another customer: the tenant cannot open it.
  await officer.goto("/staff/feedback/new");
  await expectAccessible(officer);
  await officer.getByRole("group", { name: "How it reached us" }).getByLabel("Phone call").check();
  await officer.getByRole("group", { name: "Kind of feedback" }).getByLabel("Compliment").check();
  await officer.getByRole("group", { name: "Which service is it about?" }).getByLabel("Gas safety").check();
  await officer.getByLabel("What they said").fill(unique("Thanks to the engineer for the quick gas check"));
  await officer.getByLabel("Customer reference").fill("C00005");
  await officer.getByRole("button", { name: "Record feedback" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Compliment");
  const othersId = new URL(officer.url()).pathname.split("/").pop() as string;
  await officerContext.close();

  await page.goto(tenantItemUrl);
  await expect(page.getByText("An engineer repaired the lift this morning.")).toBeVisible();
  await expect(page.getByText("Answered", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const response = await page.goto(`/tenant/feedback/${othersId}`);
  expect(response?.status()).toBe(404);
});

test("someone not signed in gives feedback without JavaScript; officers see late items, the standard and the complaints file; the board sees themes", async ({
  browser,
  page,
}) => {
  test.slow();
  const visitor = await openWithoutJavaScript(browser);
  await visitor.page.goto("/");
  await visitor.page.getByRole("link", { name: "Give us feedback or make a complaint" }).click();
  await visitor.expectAccessibleMarkup();
  await visitor.page
    .getByRole("group", { name: "What would you like to tell us?" })
    .getByLabel(/A suggestion/)
    .check();
  await visitor.page
    .getByRole("group", { name: "Which service is it about?" })
    .getByLabel("Estate services (cleaning, grounds)")
    .check();
  const details = unique("Please add a bench by the play area");
  await visitor.page.getByLabel("Your feedback").fill(details);
  await visitor.page.getByRole("button", { name: "Send feedback" }).click();
  await expect(visitor.page.getByRole("alert")).toContainText(
    "Enter an email address or a phone number so we can reply",
  );
  await expect(visitor.page.locator("#contactName-error")).toContainText("Enter your name");
  await expect(visitor.page.getByLabel("Your feedback")).toHaveValue(details);
  await visitor.expectAccessibleMarkup();
  await visitor.page.getByLabel("Name", { exact: true }).fill("Pat Visitor");
  await visitor.page.getByLabel("Email address").fill("pat@example.test");
  await visitor.page.getByRole("button", { name: "Send feedback" }).click();
  await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
  // Someone without an account is told when to expect the reply, as a tenant is on their account page.
  await expect(
    visitor.page.getByText(/We will reply using the contact details you gave us, by \d{1,2} \w+ \d{4}/),
  ).toBeVisible();
  const reference = (await visitor.page.locator("strong").first().textContent()) ?? "";
  expect(reference).toMatch(/^FB-\d{6}$/);
  await visitor.expectAccessibleMarkup();
  await visitor.close();

  await signIn(page, ACCOUNTS.officer);
  await expect(page.getByRole("heading", { name: "Waiting for you" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /past the date to acknowledge or answer/ }).click();
  await expect(page.getByRole("cell", { name: "Answer overdue" }).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/staff/feedback?kind=SUGGESTION");
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByText("Pat Visitor, pat@example.test")).toBeVisible();
  await expectAccessible(page);

  const csv = await (await page.request.get("/staff/feedback/complaints.csv")).text();
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
    "complaint_ref,stage,received_on,acknowledged_on,responded_on,extension_working_days",
  );
  expect(csv).toMatch(/\r\nFB-\d{6},1,\d{4}-\d{2}-\d{2},/);

  await page.goto("/staff/feedback/standards");
  await page.getByLabel("Acknowledge within (working days)").fill("12");
  await page.getByRole("button", { name: "Save the service standard" }).click();
  await expect(formWith(page, "Save the service standard").getByRole("alert")).toContainText(
    "The answer target must not be shorter than the acknowledgement target",
  );
  await expectAccessible(page);

  const boardContext = await browser.newContext();
  const board = await boardContext.newPage();
  await signIn(board, ACCOUNTS.board);
  await board.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Feedback themes" }).click();
  await expect(board).toHaveURL(/\/board\/feedback$/);
  await expect(board.getByRole("table")).toContainText("Repairs");
  await expect(board.getByText(details)).toHaveCount(0);
  await expectAccessible(board);
  expect((await board.goto("/staff/feedback"))?.status()).toBe(403);
  await boardContext.close();
});
