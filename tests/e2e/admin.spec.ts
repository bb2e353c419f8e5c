import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

test("an administrator changes the landlord's settings and the change is in the audit log", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole("link", { name: "Landlord settings" }).click();
  await expectAccessible(page);

  await page.getByLabel("Landlord's name").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("#name-error")).toContainText("Enter the landlord's name");
  await expectAccessible(page);

  await page.getByLabel("Landlord's name").fill("Northvale Homes");
  await page.getByLabel(/Scotland/).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("The settings have been saved");
  await expect(page.getByRole("banner")).toContainText("Northvale Homes");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  const row = page.getByRole("row", { name: /landlord\.settings\.updated/ }).first();
  await expect(row).toContainText("Ada Admin");
  await expect(row).toContainText("SCOTLAND");
  await expectAccessible(page);

  // Put the demo back for the other journeys.
  await page.goto("/admin/settings");
  await page.getByLabel("Landlord's name").fill("Northvale Housing Association");
  await page.getByLabel(/England/).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("The settings have been saved");
});
