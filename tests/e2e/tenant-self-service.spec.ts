import { expect, test } from "@playwright/test";
import { buildCustomers } from "@/prisma/seed-data";
import {
  attemptSignIn,
  ACCOUNTS,
  DEMO_PASSWORD,
  expectAccessible,
  openWithoutJavaScript,
  signIn,
  signOut,
} from "./fixtures";

test("a tenant manages contact preferences, support and equality answers, without JavaScript", async ({ browser }) => {
  const { page, expectAccessibleMarkup, close } = await openWithoutJavaScript(browser);
  await signIn(page, ACCOUNTS.tenant);
  await page.getByRole("link", { name: "How we contact you and the help you need" }).click();
  await expectAccessibleMarkup();
  await page.getByRole("checkbox", { name: "Text message" }).check();
  await page.getByRole("radio", { name: "Letter" }).check();
  await page.getByLabel("Another language").check();
  await page.getByRole("button", { name: "Save preferences" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Save preferences" }) });
  await expect(form.getByRole("alert")).toContainText("Choose a preferred way that you have agreed to above");
  await expect(form.getByRole("alert")).toContainText("Enter the language you would like us to use");
  await expect(page.getByRole("checkbox", { name: "Text message" })).toBeChecked();
  await expectAccessibleMarkup();
  await page.getByRole("radio", { name: "Text message" }).check();
  await page.getByRole("textbox", { name: "Language" }).fill("Gaelic");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByRole("status")).toContainText("Your preferences have been saved");
  await page.goto("/tenant/details");
  await expect(page.getByRole("checkbox", { name: "Text message" })).toBeChecked();
  await expect(page.getByRole("textbox", { name: "Language" })).toHaveValue("Gaelic");

  await page.goto("/tenant/equality");
  await expectAccessibleMarkup();
  await page.getByRole("group", { name: "Age group" }).getByLabel("65 to 74").check();
  await page.getByRole("group", { name: "Sexual orientation" }).getByLabel("Prefer not to say").check();
  await page.getByRole("button", { name: "Save answers" }).click();
  await expect(page.getByRole("status")).toContainText("Your answers have been saved");
  await close();
});

test("a tenant downloads their data", async ({ page }) => {
  await signIn(page, ACCOUNTS.tenant);
  await page.goto("/tenant/my-data");
  await expectAccessible(page);
  const json = await page.request.get("/tenant/my-data/download?format=json");
  expect(json.headers()["content-disposition"]).toContain("my-involve-data.json");
  expect(await json.json()).toMatchObject({ reference: "C00001", firstName: "Morag" });
  const csv = await page.request.get("/tenant/my-data/download?format=csv");
  expect(await csv.text()).toContain("reference,C00001");
});

test("a customer registers with reference and postcode, asks for deletion, and an administrator actions it", async ({
  page,
}) => {
  // A seeded tenant with a home and no account; the seed is deterministic, so its postcode is known here.
  const { customers, homes } = buildCustomers("ENGLAND");
  const customer = customers.find((c) => c.reference === "C00012")!;
  const postcode = homes.find((h) => h.id === customer.homeId)!.postcode;
  const name = `${customer.firstName} ${customer.lastName}`;

  await page.goto("/sign-in");
  await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  await expectAccessible(page);
  await page.getByLabel("Customer reference").fill("C00012");
  await page.getByLabel("Postcode of your home").fill("ZZ1 1ZZ");
  await page.getByLabel("Email address").fill("c00012@example.test");
  await page.getByLabel("Choose a password").fill(DEMO_PASSWORD);
  await page.getByLabel("Confirm password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText(
    "We could not match that customer reference and postcode",
  );
  await expectAccessible(page);
  await page.getByLabel("Postcode of your home").fill(postcode.toLowerCase().replace(" ", ""));
  await page.getByLabel("Choose a password").fill(DEMO_PASSWORD);
  await page.getByLabel("Confirm password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your account has been created" })).toBeVisible();

  await signIn(page, "c00012@example.test");
  await expect(page).toHaveURL("/tenant");
  await page.getByRole("link", { name: "See, download or delete the information we hold about you" }).click();
  await page.getByRole("button", { name: "Ask us to delete my information" }).click();
  await expect(page.locator("#confirm-error")).toContainText("Tick the box");
  await page.getByLabel("I want Involve to delete my information").check();
  await page.getByRole("button", { name: "Ask us to delete my information" }).click();
  await expect(page.getByRole("status")).toContainText("We have your request");
  await signOut(page);

  await signIn(page, ACCOUNTS.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deletion requests" }).click();
  await expectAccessible(page);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: /Delete personal information/ }).click();
  await expect(page.getByText("There are no requests waiting.")).toBeVisible();
  await signOut(page);

  await attemptSignIn(page, "c00012@example.test", DEMO_PASSWORD);
  await expect(page.locator("form").getByRole("alert")).toContainText("The email address or password is not right");
});
