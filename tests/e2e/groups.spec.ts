import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

test("an officer sets up a tenant organisation, its members and its register entry", async ({ page }) => {
  const name = `Lochside Tenants Forum ${Date.now()}`;
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).click();
  await expect(page.getByRole("table", { name: "Tenant groups" })).toContainText("Tenant Scrutiny Panel");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Add a group" }).click();
  await page.getByRole("button", { name: "Add the group" }).click();
  const newForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Add the group" }) });
  await expect(newForm.getByRole("alert")).toContainText("Enter the group's name");
  await expect(newForm.getByRole("alert")).toContainText("Choose the kind of group");
  await expectAccessible(page);
  await page.getByLabel("Name of the group").fill(name);
  await page.getByLabel("Registered Tenant Organisation").check();
  await page.getByRole("button", { name: "Add the group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectAccessible(page);

  await page.getByLabel("Customer reference").fill("C00004");
  await page.getByLabel("Chair").check();
  await page.getByRole("button", { name: "Add to the group" }).click();
  await expect(page.getByRole("table", { name: `Members of ${name}` }).getByRole("row")).toHaveCount(2);
  await page.getByLabel("Customer reference").fill("C00007");
  await page.getByLabel("Chair").check();
  await page.getByRole("button", { name: "Add to the group" }).click();
  const addForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Add to the group" }) });
  await expect(addForm.getByRole("alert")).toContainText("The group already has a chair");
  await expectAccessible(page);

  await page.getByLabel("Date registered").fill("2026-04-01");
  await page.getByLabel("Area covered").fill("Lochside estate");
  await page.getByLabel("Deregistered").check();
  await page.getByRole("button", { name: "Save the register entry" }).click();
  const rtoForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Save the register entry" }) });
  await expect(rtoForm.getByRole("alert")).toContainText("Say why the organisation was deregistered");
  await page.getByLabel("Registered", { exact: true }).check();
  await page.getByRole("button", { name: "Save the register entry" }).click();
  await expect(rtoForm.getByRole("status")).toContainText("The register entry has been saved");

  await page.goto("/rto-register");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Lochside estate");
});
