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
  // Read as words, not codes and JSON.
  const row = page.getByRole("row", { name: /Landlord settings updated/ }).first();
  await expect(row).toContainText("Ada Admin");
  await expect(row).toContainText("Regime: SCOTLAND");
  await expect(row).not.toContainText("{");
  await expectAccessible(page);

  // Put the demo back for the other journeys.
  await page.goto("/admin/settings");
  await page.getByLabel("Landlord's name").fill("Northvale Housing Association");
  await page.getByLabel(/England/).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("The settings have been saved");
});

// A 1x1 PNG: enough for the browser to decode and show as the logo.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

test("an administrator gives the portal the landlord's colour and logo, and every page shows them", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/settings/look");
  await expectAccessible(page);

  // A colour white text cannot be read on is refused beside the field.
  await page.getByLabel("Header colour").fill("#ffd700");
  await page.getByRole("button", { name: "Save colour and logo" }).click();
  await expect(page.locator("#brandColour-error")).toContainText("too faint");
  await expectAccessible(page);

  await page.getByLabel("Header colour").fill("#1d3557");
  await page.getByLabel("Or upload a logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Save colour and logo" }).click();
  await expect(page.getByRole("status")).toContainText("saved");

  // The signed-in header and the cached public pages both change at once (a settings change expires every page).
  for (const path of ["/admin", "/", "/consultations"]) {
    await page.goto(path);
    const header = page.locator("body > header");
    await expect(header).toHaveCSS("background-color", "rgb(29, 53, 87)");
    const logo = header.locator("img");
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    await expectAccessible(page);
  }

  // Put the demo back for the other journeys.
  await page.goto("/admin/settings/look");
  await page.getByLabel("Header colour").fill("");
  await page.getByLabel("Remove the logo").check();
  await page.getByRole("button", { name: "Save colour and logo" }).click();
  await expect(page.getByRole("status")).toContainText("saved");
  await page.goto("/");
  await expect(page.locator("body > header img")).toHaveCount(0);
});
