import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

const form = (page: Page, button: string) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button }) });

const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

test("an officer gets the complaints figures from a file, the same as the measures command gives", async ({ page }) => {
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/measures");
  await page.getByRole("link", { name: "Complaints figures from a file" }).click();
  await expectAccessible(page);

  const upload = form(page, "Work out the figures");
  await upload
    .getByLabel("Complaints file")
    .setInputFiles(csv("bad.csv", "complaint_ref,stage,received_on\nC-1,3,2025-05-01\n"));
  await upload.getByLabel("First day of the period").fill("2025-04-01");
  await upload.getByLabel("Last day of the period").fill("2026-03-31");
  await upload.getByRole("button", { name: "Work out the figures" }).click();
  await expect(page.getByRole("region", { name: /No figures can be given/ })).toContainText(
    "line 2: column stage: must be 1 or 2",
  );
  await expectAccessible(page);

  const again = form(page, "Work out the figures");
  await again
    .getByLabel("Complaints file")
    .setInputFiles(csv("complaints.csv", readFileSync("docs/samples/complaints.csv", "utf8")));
  await again.getByLabel("Homes you own (optional)").fill("4323");
  await again.getByRole("button", { name: "Work out the figures" }).click();
  const table = page.getByRole("table", { name: "Complaints figures by stage" });
  await expect(table.getByRole("row", { name: /England CH02/ })).toContainText("75.0%");
  await expect(table.getByRole("row", { name: /England CH02/ })).toContainText("50.0%");
  await expect(table.getByRole("row", { name: /ARC indicator 4/ })).toContainText("12.3");
  await expect(table.getByRole("row", { name: /England CH01/ })).toContainText("1.2");
  await expectAccessible(page);
});

test("an administrator adds and removes a local holiday", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Local holidays" }).click();
  await expectAccessible(page);
  const add = form(page, "Add holiday");
  await add.getByLabel("Holiday").fill("Glasgow Fair Monday");
  await add.getByRole("button", { name: "Add holiday" }).click();
  await expect(add.getByRole("alert")).toContainText("Enter the date of the holiday");
  await expectAccessible(page);
  await add.getByLabel("Date").fill("2027-07-19");
  await add.getByRole("button", { name: "Add holiday" }).click();
  await expect(page.getByRole("table", { name: "Local holidays" })).toContainText("19 July 2027");
  await page.getByRole("button", { name: "Remove Glasgow Fair Monday" }).click();
  await expect(page.getByText("None added yet.")).toBeVisible();
});
