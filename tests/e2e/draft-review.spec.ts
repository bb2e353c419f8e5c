import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectAccessibleAtBothWidths, openWithoutJavaScript, signIn } from "./fixtures";

const inAWeek = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

test("an officer asks the tenants' panel to review a draft; a member comments from their account without JavaScript; the officer reads it beside the draft; a non-member is refused", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Autumn newsletter ${Date.now()}`;
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/communications/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Bins, repairs and the autumn fair.");
  await page.getByRole("group", { name: "Section 1" }).getByLabel("Heading").fill("Bin collections");
  await page.getByRole("group", { name: "Section 1" }).getByLabel("Text").fill("Recycling every other Tuesday.");
  await page.getByLabel("Text message version").fill("Our autumn newsletter is out.");
  await page.getByRole("group", { name: "Groups" }).getByLabel("Customer Publicity Group").check();
  await page.getByRole("button", { name: "Save and preview" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  const ask = page.getByRole("form", { name: "Ask a group to review this draft" });
  await ask.getByRole("button", { name: "Ask the group" }).click();
  await expect(ask.getByRole("alert")).toContainText("Choose the group to ask");
  await expectAccessible(page);
  await ask.getByLabel("Interested Tenants Panel").check();
  await ask.getByLabel("Last day for comments").fill(inAWeek());
  await ask.getByRole("button", { name: "Ask the group" }).click();
  await expect(page.getByRole("heading", { name: `Comments on ${title}` })).toBeVisible();
  await expect(page.getByText("No comments on this section.")).toBeVisible();
  await expectAccessible(page);
  const staffReview = page.url();
  const reviewId = new URL(staffReview).pathname.split("/").pop() as string;

  // The demo tenant is a member of the Interested Tenants Panel; she reads and comments with no JavaScript.
  const member = await openWithoutJavaScript(browser);
  await signIn(member.page, ACCOUNTS.tenant);
  await member.page.goto("/tenant/reviews");
  await member.expectAccessibleMarkup();
  await member.page.getByRole("link", { name: title }).click();
  await expect(member.page.getByRole("heading", { name: "Bin collections" })).toBeVisible();
  await member.expectAccessibleMarkup();
  const comment = member.page.getByRole("form", { name: "Comment on this draft" });
  await comment.getByRole("button", { name: "Send my comment" }).click();
  await expect(comment.getByRole("alert")).toContainText("Enter your comment");
  await member.expectAccessibleMarkup();
  await comment.getByLabel('The section "Bin collections"').check();
  await comment.getByLabel("Your comment").fill("Say which Tuesday it starts.");
  await comment.getByRole("button", { name: "Send my comment" }).click();
  await expect(member.page.getByText("Thank you: we have your comment")).toBeVisible();
  await expect(member.page.getByText("Bin collections: Say which Tuesday it starts.")).toBeVisible();
  await member.close();

  // The same pages scanned at 320 px with JavaScript, as the tenant sees them on a phone.
  const tenant = await browser.newPage();
  await signIn(tenant, ACCOUNTS.tenant);
  await tenant.goto("/tenant/reviews");
  await expectAccessibleAtBothWidths(tenant);
  await tenant.goto(`/tenant/reviews/${reviewId}`);
  await expectAccessibleAtBothWidths(tenant);
  await tenant.close();

  // Arjun Patel has an account but belongs to no group: the review does not exist for him.
  const outsider = await browser.newPage();
  await signIn(outsider, "tenant2@involve.test");
  const refused = await outsider.goto(`/tenant/reviews/${reviewId}`);
  expect(refused?.status()).toBe(404);
  await outsider.goto("/tenant/reviews");
  await expect(outsider.getByRole("link", { name: title })).toHaveCount(0);
  await outsider.close();

  await page.goto(staffReview);
  const beside = page.getByRole("heading", { name: "On Bin collections" }).locator("..");
  await expect(beside).toContainText("Say which Tuesday it starts.");
  await expect(beside).toContainText("Morag Campbell");
  await page.getByRole("button", { name: "Close it now: take no more comments" }).click();
  await expect(page.getByText("This review is closed: it takes no more comments.")).toBeVisible();
  await expectAccessible(page);
});
