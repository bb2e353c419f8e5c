import { expect, test } from "@playwright/test";
import { IMPORT_COLUMNS } from "@/lib/people/import/columns";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

const HEADER = IMPORT_COLUMNS.join(",");
const GOOD = [
  HEADER,
  'C90001,tenant,active,Isla,Fraser,isla.fraser@example.org,07700 900901,H90001,"Flat 2, Kirk Wynd",,Northvale,NV4 2AB,Lochside,LCRA,yes',
  "C90002,applicant,active,Tomasz,Nowak,,,,,,,,,,",
].join("\n");
const BAD = [
  HEADER,
  "C90003,lodger,active,Ann,Lee,,,H90003,1 High Street,,Northvale,NV1 1AB,Riverside,LCRA,maybe",
].join("\n");

const upload = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

test("an officer checks a customer file, sees its problems, then imports a good one all at once", async ({ page }) => {
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/customers");
  await page.getByRole("link", { name: "Import customers and homes from the housing management system" }).click();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Check the file" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Check the file" }) });
  await expect(form.getByRole("alert")).toContainText("Select a CSV file");
  await expectAccessible(page);

  await page.getByLabel("Customer file", { exact: true }).setInputFiles(upload("bad.csv", BAD));
  await page.getByRole("button", { name: "Check the file" }).click();
  const problems = page.getByRole("table", { name: "Problems in the file" });
  await expect(problems.getByRole("row", { name: /kind/ })).toContainText('"lodger" is not');
  await expect(problems.getByRole("row", { name: /communal_areas/ })).toContainText("2");
  await expect(page.getByRole("button", { name: "Import these customers" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Upload a different file" }).click();
  await page.getByLabel("Customer file", { exact: true }).setInputFiles(upload("good.csv", GOOD));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("2 customers to add")).toBeVisible();
  await expect(page.getByText("New areas: Lochside")).toBeVisible();
  await expect(page.getByRole("table", { name: "Customers to add" })).toContainText("Isla Fraser");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Import these customers" }).click();
  await expect(page.getByRole("status")).toContainText("2 added, 0 updated, 0 unchanged");
  await expectAccessible(page);

  await page.goto("/staff/customers?q=C90001");
  await expect(page.getByRole("link", { name: "Isla Fraser" })).toBeVisible();

  await page.goto("/staff/customers/import");
  await page.getByLabel("Customer file", { exact: true }).setInputFiles(upload("good-again.csv", GOOD));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("Every customer in this file is already up to date")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import these customers" })).toHaveCount(0);
});
