import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const formWith = (page: Page, button: string) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button }) });

const addQuestion = async (page: Page, kind: string, label: string, extra?: () => Promise<void>) => {
  const form = formWith(page, "Add question");
  await form.getByRole("group", { name: "Kind of question" }).getByLabel(kind, { exact: true }).check();
  await form.getByRole("textbox", { name: "Question", exact: true }).fill(label);
  await extra?.();
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("heading", { name: label })).toBeVisible();
};

test("a consultation runs from draft to You said, We did, with online and paper responses", async ({
  page,
  browser,
}) => {
  // One long journey through three roles and about fifteen scanned pages: allow it three times the usual time.
  test.slow();
  const title = `Bin store consultation ${Date.now()}`;
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Consultations" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Create a consultation" }).click();
  await expectAccessible(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What you are asking about").fill("We plan new bin stores at the back of each block.");
  await page.getByRole("button", { name: "Create consultation" }).click();
  await expect(formWith(page, "Create consultation").getByRole("alert")).toContainText("Enter the closing date");
  await expectAccessible(page);
  await page.getByLabel("Closes on").fill(inDays(10));
  // The tenant's own area: publishing emails the audience, and the shared outbox should stay small.
  await page.getByRole("group", { name: "Areas" }).getByLabel("Hillhead", { exact: true }).check();
  await page.getByRole("button", { name: "Create consultation" }).click();

  await expect(page.getByRole("heading", { name: "Questions" })).toBeVisible();
  await expectAccessible(page);
  await addQuestion(page, "Yes or no", "Do you use the bin store?");
  await addQuestion(page, "Written answer", "What would make it better?", async () => {
    await page.getByLabel("Only ask if").selectOption({ label: "1. Do you use the bin store?" });
    await page.getByLabel("The answer was").fill("Yes");
  });
  await addQuestion(page, "Five-point scale", "The plans are clear", async () => {
    await page.getByRole("group", { name: "Scale" }).getByLabel("Agree to disagree").check();
  });
  await expectAccessible(page);

  await page.getByRole("link", { name: `Back to ${title}` }).click();
  await page.getByRole("link", { name: "Preview as a tenant sees it, or print a paper copy" }).click();
  await expect(page.getByText('Answer only if you said "Yes" to question 1.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Back to ${title}` }).click();
  await page.getByRole("link", { name: "Publish consultation" }).click();
  // The confirmation says who it is for, how the audience lists combine, and how many are emailed.
  await expect(page.getByRole("heading", { name: "Publish this consultation?" })).toBeVisible();
  await expect(page.getByText("Current customers living in Hillhead.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, publish it" }).click();
  await expect(page.getByRole("status")).toContainText("The consultation is published and open");
  await expect(page.getByRole("status")).toBeFocused();
  // Straight after publishing, closing is not offered as the next step.
  await expect(page.getByText(/It is open until/)).toBeVisible();
  await expectAccessible(page);
  const consultationUrl = page.url().split("?")[0] as string;

  // The tenant answers with JavaScript off.
  const tenant = await openWithoutJavaScript(browser);
  await signIn(tenant.page, ACCOUNTS.tenant);
  await tenant.page.goto("/tenant/consultations");
  await tenant.expectAccessibleMarkup();
  await tenant.page.getByRole("link", { name: title }).click();
  await tenant.expectAccessibleMarkup();
  await tenant.page.getByRole("button", { name: "Send my response" }).click();
  await expect(formWith(tenant.page, "Send my response").getByRole("alert")).toContainText(
    "Question 1: Choose an answer",
  );
  await tenant.expectAccessibleMarkup();
  await tenant.page.getByRole("group", { name: "1. Do you use the bin store?" }).getByLabel("Yes").check();
  await tenant.page.getByLabel("2. What would make it better?").fill("A light inside the store");
  await tenant.page.getByRole("group", { name: "3. The plans are clear" }).getByLabel("Strongly agree").check();
  await tenant.page.getByRole("button", { name: "Send my response" }).click();
  await expect(tenant.page.getByRole("status")).toContainText("Thank you. Your response has been saved.");
  await tenant.expectAccessibleMarkup();
  await tenant.close();

  // A paper form: the tenant's own is refused (one response each), an anonymous one is accepted.
  await page.goto(consultationUrl);
  await page.getByRole("link", { name: "Enter a paper, phone or meeting response" }).click();
  await expectAccessible(page);
  const paper = formWith(page, "Save response");
  await paper.getByLabel("Paper form").check();
  await paper.getByLabel("Customer reference").fill("C00001");
  await paper.getByRole("group", { name: "1. Do you use the bin store?" }).getByLabel("Yes").check();
  await expect(paper.getByLabel("2. What would make it better?")).toBeVisible();
  // With JavaScript, a question that no longer applies is hidden as soon as the answer changes.
  await paper.getByRole("group", { name: "1. Do you use the bin store?" }).getByLabel("No").check();
  await expect(paper.getByLabel("2. What would make it better?")).toBeHidden();
  await paper.getByRole("group", { name: "3. The plans are clear" }).getByLabel("Agree", { exact: true }).check();
  await paper.getByRole("button", { name: "Save response" }).click();
  await expect(paper.getByRole("alert")).toContainText("already have a response from this customer");
  await expectAccessible(page);
  await paper.getByLabel("Customer reference").fill("");
  await paper.getByRole("button", { name: "Save response" }).click();
  await expect(paper.getByRole("status")).toContainText("The response has been saved");

  await page.goto(consultationUrl);
  await page.getByRole("link", { name: "Close it before its closing date" }).click();
  await expect(page.getByText("2 responses have been given.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, close it now" }).click();
  await expect(page.getByRole("status")).toContainText("The consultation is closed");
  await expect(page.getByRole("button", { name: "Publish results" })).toBeVisible();
  await page.getByRole("link", { name: "Results", exact: true }).click();
  await expect(page.getByText("2 responses")).toBeVisible();
  await expect(page.getByText("100% agreed or strongly agreed")).toBeVisible();
  await expect(page.getByText("A light inside the store")).toBeVisible();
  await expectAccessible(page);
  const anonymous = await (await page.request.get(`${consultationUrl}/export`)).text();
  expect(anonymous).toContain("A light inside the store");
  expect(anonymous).not.toContain("C00001");
  expect(await (await page.request.get(`${consultationUrl}/export?personal=yes`)).text()).toContain(
    "C00001,Morag Campbell",
  );
  await page.getByLabel("How they responded").selectOption({ label: "Paper form" });
  await page.getByRole("button", { name: "Show results" }).click();
  await expect(page.getByText("1 response matching the filters")).toBeVisible();

  await page.goto(consultationUrl);
  await page.getByRole("button", { name: "Publish results" }).click();
  await page.getByLabel("You said").fill("Both of you who answered told us the bin store is too dark.");
  await page.getByLabel("We did").fill("We will fit lights in every bin store by the spring.");
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page.getByText("We will fit lights in every bin store by the spring.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/you-said-we-did");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("We will fit lights in every bin store by the spring.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/consultations");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expectAccessible(page);
});

test("a tenant cannot open a draft consultation, and officers cannot use the tenant pages", async ({
  page,
  browser,
}) => {
  await signIn(page, ACCOUNTS.tenant);
  expect((await page.goto("/tenant/consultations/consultation-service-charges"))?.status()).toBe(404);
  expect((await page.goto("/tenant/consultations/no-such-consultation"))?.status()).toBe(404);
  const officer = await browser.newPage();
  await signIn(officer, ACCOUNTS.officer);
  expect((await officer.goto("/tenant/consultations"))?.status()).toBe(403);
  await officer.close();
});
