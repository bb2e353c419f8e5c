import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

// A 1x1 PNG: a real image the browser decodes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** The image has arrived and decoded: a broken or refused image has no natural width. */
const expectImageShown = async (page: Page, name: string) => {
  const image = page.getByRole("img", { name });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
};

const unique = (text: string) => `${text} (${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)})`;

const formWith = (page: Page, button: string | RegExp) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button }) });

/** An officer gives the final answer at the stage now running, from the item's page. */
const answerInFull = async (officer: Page, text: string) => {
  const reply = formWith(officer, "Send reply");
  await reply.getByLabel("Your reply").fill(text);
  await reply.getByLabel(/Yes: this is our answer/).check();
  await reply.getByRole("button", { name: "Send reply" }).click();
  await expect(officer.getByText("Your answer is sent and the clock has stopped.")).toBeVisible();
};

test("a tenant complains with a photo, asks for stage 2 with a reason when not satisfied, and after stage 2 is told of the ombudsman", async ({
  page,
  browser,
}) => {
  test.slow();
  const details = unique("Damp in the bedroom keeps coming back after each repair");
  await signIn(page, ACCOUNTS.tenant);
  await page.goto("/tenant/feedback/new");
  await page
    .getByRole("group", { name: "What would you like to tell us?" })
    .getByLabel(/A complaint/)
    .check();
  await page.getByRole("group", { name: "Which service is it about?" }).getByLabel("Repairs").check();
  await page.getByLabel("Your feedback").fill(details);
  // A file that only claims to be an image is refused beside the field; a real photo goes with the complaint.
  await page
    .getByLabel("A photo (optional)")
    .setInputFiles({ name: "damp.png", mimeType: "image/png", buffer: Buffer.from("<svg onload=alert(1)>") });
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.locator("#photo-error")).toContainText("The photo must be a JPEG or PNG image");
  await expectAccessible(page);
  await page.getByLabel("A photo (optional)").setInputFiles({ name: "damp.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you: we have your feedback");
  await expectImageShown(page, "The photo you sent");
  const itemUrl = page.url().replace(/\?.*$/, "");
  const reference =
    (await page.getByRole("heading", { level: 1 }).locator("..").locator("p").first().textContent()) ?? "";
  // Not answered yet: there is nothing to escalate and no ombudsman notice.
  await expect(page.getByRole("heading", { name: "Not happy with our answer?" })).toHaveCount(0);

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, ACCOUNTS.officer);
  await officer.goto("/staff/feedback?kind=COMPLAINT");
  await officer.getByRole("link", { name: reference }).click();
  await expectImageShown(officer, "The photo they sent");
  await answerInFull(officer, "We treated the wall and will check it again in a month.");

  // Without JavaScript, an empty reason is refused beside the field; a reason starts stage 2.
  const tenant = await openWithoutJavaScript(browser);
  await signIn(tenant.page, ACCOUNTS.tenant);
  await tenant.page.goto(itemUrl);
  await expect(tenant.page.getByRole("heading", { name: "Not happy with our answer?" })).toBeVisible();
  await expect(tenant.page.getByRole("heading", { name: "If you are still not happy" })).toHaveCount(0);
  await tenant.expectAccessibleMarkup();
  await tenant.page.getByRole("button", { name: /Ask for stage 2/ }).click();
  await expect(tenant.page.locator("#reason-error")).toContainText("Tell us why you are not happy with our answer");
  await tenant.expectAccessibleMarkup();
  const reason = "The same patch of mould was back within two weeks. I would like the cause found.";
  await tenant.page.getByLabel("Why are you not happy with our answer?").fill(reason);
  await tenant.page.getByRole("button", { name: /Ask for stage 2/ }).click();
  await expect(tenant.page.getByRole("status")).toContainText("We have your request for stage 2");
  await expect(tenant.page.getByText(reason)).toBeVisible();
  await expect(tenant.page.getByRole("definition").filter({ hasText: /^Stage 2/ })).toBeVisible();
  await expect(tenant.page.getByRole("heading", { name: "Not happy with our answer?" })).toHaveCount(0);
  await tenant.expectAccessibleMarkup();
  await tenant.close();

  // The officer sees stage 2 running with the tenant's reason, and gives the final answer.
  await officer.reload();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Complaint, Stage 2");
  await expect(officer.getByText(reason)).toBeVisible();
  await expectAccessible(officer);
  await answerInFull(officer, "A surveyor found a blocked air brick. It is cleared and the wall is being treated.");
  await officerContext.close();

  await page.goto(itemUrl);
  await expect(page.getByRole("heading", { name: "If you are still not happy" })).toBeVisible();
  await expect(page.getByText(/Ombudsman/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Not happy with our answer?" })).toHaveCount(0);
  await expectAccessible(page);

  // Only the complainant and staff see the photo: the board cannot.
  const boardContext = await browser.newContext();
  const board = await boardContext.newPage();
  await signIn(board, ACCOUNTS.board);
  const itemId = itemUrl.split("/").pop() as string;
  expect((await board.request.get(`/staff/feedback/${itemId}/photo`)).status()).toBe(403);
  expect((await board.request.get(`/tenant/feedback/${itemId}/photo`)).status()).toBe(403);
  await boardContext.close();
});
