import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

test("anyone can inspect the register of tenant organisations", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Register of tenant organisations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register of tenant organisations");
  const table = page.getByRole("table", { name: "Registered Tenant Organisations" });
  await expect(table.getByRole("row", { name: /Riverside Tenants and Residents Association/ })).toContainText(
    "Registered",
  );
  await expect(table.getByRole("row", { name: /Millbrook Residents Group/ })).toContainText(
    "Deregistered: No annual general meeting",
  );
  await expectAccessible(page);
});

test("an officer finds a customer, sees their involvement and changes preferences for them", async ({ page }) => {
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await expectAccessible(page);
  await page.getByLabel("Name, customer reference or postcode").fill("c00001");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "1 customer found" })).toBeVisible();
  await page.getByRole("link", { name: "Morag Campbell" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Morag Campbell");
  await expect(page.getByRole("table", { name: "Groups this customer has belonged to" })).toContainText(
    "Interested Tenants Panel",
  );
  await expect(page.getByRole("table", { name: "Satisfaction surveys this customer has answered" })).toContainText(
    "2025/26",
  );
  await expect(page.getByText("Equality answers")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Change contact preferences and support for this customer" }).click();
  await expectAccessible(page);
  await page.getByLabel("Large print").check();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.locator("#reason-error")).toContainText("Say why you are making this change");
  await expectAccessible(page);
  await page.getByLabel("Reason for making this change").fill("Asked by phone today");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByRole("status")).toContainText("The customer's preferences have been saved");
});

test("filters narrow the customer list", async ({ page }) => {
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/customers?need=OTHER_LANGUAGE");
  const languageCount = Number(
    (await page.getByRole("heading", { name: /customers? found/ }).textContent())?.split(" ")[0],
  );
  await page.goto("/staff/customers");
  const allCount = Number((await page.getByRole("heading", { name: /customers? found/ }).textContent())?.split(" ")[0]);
  expect(languageCount).toBeGreaterThan(0);
  expect(languageCount).toBeLessThan(allCount);
});

test("officers see equality data only in totals with small numbers hidden", async ({ page }) => {
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Equality" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Equality monitoring");
  await expect(page.getByRole("table", { name: "Answers to: Age group" })).toBeVisible();
  await expectAccessible(page);
});

test("a tenant cannot open staff customer pages", async ({ page }) => {
  await signIn(page, ACCOUNTS.tenant);
  const response = await page.goto("/staff/customers/customer-00002");
  expect(response?.status()).toBe(403);
});
