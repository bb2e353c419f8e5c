import { expect, test, type Page } from "@playwright/test";
import { buildCustomers } from "@/prisma/seed-data";
import { ACCOUNTS, expectAccessible, openWithoutJavaScript, signIn } from "./fixtures";

const formWith = (page: Page, button: string) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button }) });

// A current tenant of the demo data other than the two demo accounts, who answers by telephone.
const phoneRespondent = buildCustomers("ENGLAND")
  .customers.filter((customer) => customer.kind === "TENANT" && customer.status === "ACTIVE")
  .at(-1)!.reference;

const HEADER =
  "respondent_ref,tenure,collected_on,method,had_repair_12m,complained_12m,has_communal_areas,TP01,TP02,TP08,TP11";

const csvFile = (lines: string[]) => ({
  name: "contractor.csv",
  mimeType: "text/csv",
  buffer: Buffer.from([HEADER, ...lines].join("\n")),
});

test("an officer runs a 2026 survey round: phone entry, contractor import, a tenant online without JavaScript, then closing", async ({
  page,
  browser,
}) => {
  // Three roles and about a dozen scanned pages.
  test.slow();
  await signIn(page, ACCOUNTS.officer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Measures" }).click();
  await expect(page.getByRole("heading", { name: "Perception survey rounds" })).toBeVisible();
  await expectAccessible(page);
  const open = formWith(page, "Open round");
  await open.getByRole("button", { name: "Open round" }).click();
  await expect(open.getByRole("alert")).toContainText("Enter the year the reporting year starts");
  await expectAccessible(page);
  await open.getByLabel("Reporting year starts in").fill("2026");
  await expect(open.getByRole("group", { name: "Regulator" }).getByLabel(/England/)).toBeChecked();
  await open.getByRole("button", { name: "Open round" }).click();
  await expect(page.getByRole("heading", { name: "Perception survey 2026/27" })).toBeVisible();
  await expect(page.getByText("Open for responses")).toBeVisible();
  await expectAccessible(page);
  const roundUrl = page.url();

  // A second round for the same year is refused beside the year.
  await page.goto("/staff/measures");
  await formWith(page, "Open round").getByLabel("Reporting year starts in").fill("2026");
  await formWith(page, "Open round").getByRole("button", { name: "Open round" }).click();
  await expect(formWith(page, "Open round").getByRole("alert")).toContainText("2026/27 already exists");
  await expect(page.getByRole("cell", { name: "2026/27" })).toHaveCount(1);

  // A telephone interview, with a screened answer the respondent should not have been asked.
  await page.goto(roundUrl);
  await page.getByRole("link", { name: "Enter a telephone, paper or face-to-face response" }).click();
  await expectAccessible(page);
  const entry = formWith(page, "Save response");
  await entry.getByLabel("Customer reference").fill(phoneRespondent);
  await entry.getByLabel("Telephone").check();
  await entry
    .getByRole("group", { name: /carried out a repair to your home/ })
    .getByLabel("No")
    .check();
  await entry
    .getByRole("group", { name: /made a complaint/ })
    .getByLabel("No")
    .check();
  await entry
    .getByRole("group", { name: /communal areas, inside or outside/ })
    .getByLabel("Yes")
    .check();
  await entry
    .getByRole("group", { name: /overall repairs service/ })
    .getByLabel("Very satisfied")
    .check();
  await entry
    .getByRole("group", { name: /^4\. Taking everything into account/ })
    .getByLabel("Fairly satisfied")
    .check();
  await entry
    .getByRole("group", { name: /treats me fairly/ })
    .getByLabel("Strongly agree")
    .check();
  await entry
    .getByRole("group", { name: /positive contribution/ })
    .getByLabel("Not applicable / don't know")
    .check();
  await entry.getByRole("button", { name: "Save response" }).click();
  await expect(entry.getByRole("alert")).toContainText("answer Yes to the question about a repair");
  await expectAccessible(page);
  await entry
    .getByRole("group", { name: /carried out a repair to your home/ })
    .getByLabel("Yes")
    .check();
  await entry.getByRole("button", { name: "Save response" }).click();
  await expect(entry.getByRole("status")).toContainText("The response has been saved");
  await expectAccessible(page);

  // A contractor's file: one with problems is shown line by line and cannot be imported; a good one can.
  await page.goto(roundUrl);
  await page.getByRole("link", { name: "Import a contractor's file of responses" }).click();
  await expectAccessible(page);
  await page
    .getByLabel("Responses file")
    .setInputFiles(
      csvFile([
        "K0001,LCRA,2026-06-01,telephone,yes,no,no,Very satisfied,Fairly satisfied,Agree,Don't know",
        "K0002,LCHO,2026-06-02,postal,no,no,no,Pleased,,Agree,",
        `${phoneRespondent},LCRA,2026-06-02,online,no,no,no,Very satisfied,,,`,
      ]),
    );
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText('line 3: column TP01: "Pleased" is not one of')).toBeVisible();
  await expect(
    page.getByText(`line 4: column respondent_ref: respondent ${phoneRespondent} already has a response in this round`),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Import these/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Upload a different file" }).click();
  await page
    .getByLabel("Responses file")
    .setInputFiles(
      csvFile([
        "K0001,LCRA,2026-06-01,telephone,yes,no,no,Very satisfied,Fairly satisfied,Agree,Don't know",
        "K0002,LCHO,2026-06-02,postal,no,no,no,Fairly dissatisfied,,Disagree,",
      ]),
    );
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("2 responses to add: 1 LCRA, 1 LCHO")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Import these 2 responses" }).click();
  await expect(page.getByRole("status")).toContainText("2 responses have been imported");
  await expect(page.getByRole("row", { name: "Paper, by post 1" })).toBeVisible();
  await expect(page.getByRole("row", { name: "Telephone 2" })).toBeVisible();
  await expectAccessible(page);

  // The tenant answers online with JavaScript off.
  const tenant = await openWithoutJavaScript(browser);
  await signIn(tenant.page, ACCOUNTS.tenant);
  await tenant.page.getByRole("link", { name: "Tell us how satisfied you are" }).click();
  await tenant.expectAccessibleMarkup();
  const survey = formWith(tenant.page, "Send my answers");
  await survey.getByRole("button", { name: "Send my answers" }).click();
  await expect(survey.getByRole("alert")).toContainText("Choose yes or no");
  await tenant.expectAccessibleMarkup();
  await survey
    .getByRole("group", { name: /carried out a repair to your home/ })
    .getByLabel("Yes")
    .check();
  await survey
    .getByRole("group", { name: /made a complaint/ })
    .getByLabel("No")
    .check();
  await survey
    .getByRole("group", { name: /communal areas, inside or outside/ })
    .getByLabel("No")
    .check();
  await survey
    .getByRole("group", { name: /^4\. Taking everything into account/ })
    .getByLabel("Very satisfied")
    .check();
  await survey
    .getByRole("group", { name: /time taken to complete your most recent repair/ })
    .getByLabel("Fairly dissatisfied")
    .check();
  await survey.getByRole("button", { name: "Send my answers" }).click();
  await expect(tenant.page.getByRole("status")).toContainText("Thank you. Your answers have been saved.");
  await tenant.expectAccessibleMarkup();
  await tenant.page.goto("/tenant/survey");
  await expect(tenant.page.getByRole("status")).toContainText("You have already answered, thank you");
  await tenant.page.goto("/tenant");
  await expect(tenant.page.getByRole("link", { name: "Tell us how satisfied you are" })).toHaveCount(0);

  // The officer closes the round; it takes no more answers and says so.
  await page.goto(roundUrl);
  await expect(page.getByRole("row", { name: "Online 1" })).toBeVisible();
  await page.getByRole("button", { name: "Close round" }).click();
  await expect(page.getByRole("status")).toContainText("The round is closed");
  await expect(page.getByRole("link", { name: "Enter a telephone, paper or face-to-face response" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${roundUrl}/responses/new`);
  await expect(page.getByText("This round is closed, so it takes no more responses.")).toBeVisible();
  await expectAccessible(page);
  await tenant.page.goto("/tenant/survey");
  await expect(tenant.page.getByRole("status")).toContainText("You have already answered");
  await tenant.close();
});

test("tenants and board members cannot use the survey round pages, and an unknown round is not found", async ({
  page,
  browser,
}) => {
  await signIn(page, ACCOUNTS.tenant);
  expect((await page.goto("/staff/measures"))?.status()).toBe(403);
  expect((await page.goto("/staff/measures/no-such-round/responses/new"))?.status()).toBe(403);
  const board = await browser.newPage();
  await signIn(board, ACCOUNTS.board);
  expect((await board.goto("/staff/measures"))?.status()).toBe(403);
  await board.close();
  const officer = await browser.newPage();
  await signIn(officer, ACCOUNTS.officer);
  expect((await officer.goto("/staff/measures/no-such-round"))?.status()).toBe(404);
  expect((await officer.goto("/staff/measures/no-such-round/import"))?.status()).toBe(404);
  await officer.close();
});
