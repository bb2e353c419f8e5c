import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./fixtures";

const file = (name: string, text: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from(text) });

const MINIMAL_PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

test("an officer attaches a PDF to a consultation and anyone can open it from the consultations page", async ({
  page,
  browser,
}) => {
  const title = `Draft repairs policy ${Date.now()}`;
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/consultations");
  await page.getByRole("link", { name: "How we do repairs" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Attach document" }) });

  await form.getByLabel("Document title").fill(title);
  await form.getByLabel("PDF file").setInputFiles(file("spreadsheet.pdf", "PK\u0003\u0004 not a pdf"));
  await form.getByRole("button", { name: "Attach document" }).click();
  await expect(form.getByRole("alert")).toContainText("The file must be a PDF");
  await expectAccessible(page);

  await form.getByLabel("Document title").fill(title);
  await form.getByLabel("PDF file").setInputFiles(file("repairs policy.pdf", MINIMAL_PDF));
  await form.getByRole("button", { name: "Attach document" }).click();
  await expect(form.getByText(`Attached ${title}.`)).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/consultations");
  const link = visitor.getByRole("link", { name: title });
  await expect(link).toBeVisible();
  await expectAccessible(visitor);
  const download = await visitor.request.get((await link.getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).toString()).toBe(MINIMAL_PDF);
  await visitorContext.close();
});
