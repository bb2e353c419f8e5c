import { expect, test, type Page } from "@playwright/test";
import { RAG_FILL } from "@/lib/kpi/chart";
import { RAG_LABEL, type Rag } from "@/lib/kpi/rules";
import { ACCOUNTS, expectAccessible, signIn, signOut } from "./fixtures";

const REASON = `Two homes refused access ${Date.now()}`;
const QUESTION = `Which estates are the gas checks missing on? ${Date.now()}`;
const ANSWER = "Both are on Riverside; forced entry is booked for next week.";

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const boardNav = (page: Page) => page.getByRole("navigation", { name: "Board pages" });

/** Both widths the board reads on: a laptop and a phone (400% zoom). */
const expectAccessibleAtBothWidths = async (page: Page) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
};

const chooseQuarter = async (page: Page, year: number, quarter: number, button: string) => {
  await page.getByLabel("Financial year").selectOption(String(year));
  await page.getByLabel("Quarter", { exact: true }).selectOption(String(quarter));
  await page.getByRole("button", { name: button }).click();
};

const LABEL_TO_RAG = Object.fromEntries(Object.entries(RAG_LABEL).map(([rag, label]) => [label, rag as Rag]));

test("a board member chooses a quarter for every board page, reads the reason beside an exception from dashboard to PDF, and has a question answered in the pack", async ({
  page,
}) => {
  test.slow();
  // An officer explains the gas safety exception in the latest finished quarter's pack.
  await signIn(page, ACCOUNTS.officer);
  await page.goto("/staff/kpis");
  await expect(page.getByRole("heading", { name: /Commentary the board is waiting for \(\d+\)/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /SS04 Letters answered within 5 working days, Quarter/ })).toBeVisible();
  await page.goto("/board/pack");
  const commentary = page.getByRole("form", { name: "Commentary on the exceptions" });
  await commentary.getByLabel("Why HOM01 is off target").fill(REASON);
  await commentary.getByLabel("What is being done about HOM01").fill("Forced entry booked with the police.");
  await commentary.getByLabel("When HOM01 should be back on target").fill("By the end of next month");
  await commentary.getByRole("button", { name: "Save commentary" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The commentary has been saved." })).toBeVisible();
  await signOut(page);

  await signIn(page, ACCOUNTS.board);
  await page.goto("/board");
  const latest = (await h1(page).textContent())?.match(/Quarter (\d) (\d{4})\/\d\d/);
  expect(latest).not.toBeNull();
  const [quarter, year] = [Number(latest?.[1]), Number(latest?.[2])];
  const earlier = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
  const earlierLabel = new RegExp(`Quarter ${earlier.quarter} ${earlier.year}/`);

  // An earlier quarter chosen once is the quarter every board page and the pack open on.
  await chooseQuarter(page, earlier.year, earlier.quarter, "Show KPIs");
  await expect(h1(page)).toContainText(earlierLabel);
  for (const [link, heading] of [
    ["Performance pack", earlierLabel],
    ["Trends", earlierLabel],
    ["Strategy report", earlierLabel],
    ["Dashboard", earlierLabel],
  ] as const) {
    await boardNav(page).getByRole("link", { name: link, exact: true }).click();
    await expect(h1(page)).toContainText(heading);
  }
  for (const link of ["Scrutiny", "Feedback themes", "Assurance", "Regulatory measures"]) {
    await boardNav(page).getByRole("link", { name: link, exact: true }).click();
    await expect(boardNav(page).getByRole("link", { name: "Performance pack" })).toHaveAttribute(
      "href",
      `/board/pack?year=${earlier.year}&quarter=${earlier.quarter}`,
    );
  }
  await expectAccessible(page);

  // The quarter under way is shown in progress, never given a status.
  await boardNav(page).getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(page).toHaveURL(/\/board\?/);
  const now = quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
  await chooseQuarter(page, now.year, now.quarter, "Show KPIs");
  await expect(page.getByText("This quarter is in progress")).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: "Red: off target" })).toHaveCount(0);
  await expect(page.getByRole("article").first()).toContainText("Quarter in progress: no status yet");

  // Back to the latest finished quarter: the reason sits beside the exception, and key KPIs lead.
  await chooseQuarter(page, year, quarter, "Show KPIs");
  const gas = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: /HOM01 Homes with a gas safety check/ }) });
  await expect(gas).toContainText(REASON);
  await expect(gas).toContainText("Forced entry booked with the police.");
  await expect(page.getByRole("article").first()).toContainText("(key KPI)");
  await expectAccessibleAtBothWidths(page);

  // Each bar has its own quarter's colour: the chart and its table say the same.
  await page.getByRole("link", { name: "Trends over eight quarters for these KPIs" }).click();
  await page
    .getByRole("navigation", { name: "Sections of the pack" })
    .getByRole("link", { name: "Service standards" })
    .click();
  await expect(page.getByText(/Why: Two contact centre advisers left/)).toBeVisible();
  for (const code of ["SS01", "SS02", "SS03", "SS04"]) {
    const section = page.getByRole("region", { name: new RegExp(`^${code} `) });
    const statuses = await section
      .getByRole("table")
      .getByRole("row")
      .evaluateAll((rows) =>
        rows
          .slice(1)
          .map((row) =>
            row.querySelector("td:nth-child(2)")?.textContent === "No figure"
              ? null
              : (row.querySelector("td:nth-child(3)")?.textContent ?? ""),
          ),
      );
    const fills = await section
      .locator("svg[data-chart] rect[data-status]")
      .evaluateAll((rects) => rects.map((rect) => rect.getAttribute("fill")));
    expect(fills).toEqual(
      statuses.filter((status) => status !== null).map((status) => RAG_FILL[LABEL_TO_RAG[status as string] as Rag]),
    );
    expect(fills.length).toBeGreaterThan(0);
  }
  await expectAccessibleAtBothWidths(page);

  // A question on the gas safety KPI before the meeting.
  await boardNav(page).getByRole("link", { name: "Performance pack", exact: true }).click();
  await expect(h1(page)).toContainText(`Quarter ${quarter} ${year}/`);
  await expect(page.getByRole("table", { name: "Exceptions", exact: true }).getByRole("row").nth(1)).toContainText(
    "(key KPI)",
  );
  await expect(page.getByRole("table", { name: "Exceptions", exact: true })).toContainText(REASON);
  await page.getByText("Ask a question before the meeting").click();
  const ask = page.getByRole("form", { name: "Ask a question before the meeting" });
  await ask.getByRole("button", { name: "Send the question" }).click();
  await expect(ask.locator("#question-error")).toContainText("Enter your question");
  await ask.getByLabel("HOM01 Homes with a gas safety check").check();
  await ask.getByLabel("Your question").fill(QUESTION);
  await ask.getByRole("button", { name: "Send the question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your question has been sent." })).toBeVisible();
  await signOut(page);

  // The officer answers it.
  await signIn(page, ACCOUNTS.officer);
  await page.goto(`/board/pack?year=${year}&quarter=${quarter}`);
  const asked = page.getByRole("listitem").filter({ hasText: QUESTION });
  await asked.locator("summary").click();
  await asked.getByLabel("Answer", { exact: true }).fill(ANSWER);
  await asked.getByRole("button", { name: "Save the answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The answer has been saved in the pack." })).toBeVisible();
  await signOut(page);

  // The board member reads the answer in the pack, on screen and in the PDF.
  await signIn(page, ACCOUNTS.board);
  await page.goto(`/board/pack?year=${year}&quarter=${quarter}`);
  await expect(page.getByRole("listitem").filter({ hasText: QUESTION })).toContainText(ANSWER);
  // Who takes part: the seed's young tenants are seldom heard, the rest is a link away.
  await expect(page.getByRole("region", { name: "Who takes part" })).toContainText("Age group: 16 to 24");
  await expectAccessibleAtBothWidths(page);
  const pdf = await page.request.get(
    (await page.getByRole("link", { name: "Download the pack (PDF)" }).getAttribute("href")) ?? "",
  );
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(await pdf.body()), useSystemFonts: false }).promise;
  expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
  type Node = { role?: string; children?: Node[] };
  const roles = new Set<string>();
  const walk = (node: Node | null) => {
    if (node?.role) roles.add(node.role);
    for (const child of node?.children ?? []) walk(child);
  };
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const text = await page.getTextContent();
    pages.push(
      text.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " "),
    );
    walk((await page.getStructTree()) as Node);
  }
  expect([...roles]).toEqual(
    expect.arrayContaining(["Document", "Sect", "H1", "H2", "Table", "TR", "TH", "TD", "Figure"]),
  );
  const all = pages.join(" ");
  expect(all).toContain(`Why: ${REASON}`);
  expect(all).toContain(QUESTION);
  expect(all).toContain(ANSWER);
  // No KPI split across pages: every page naming a KPI's row holds the row's status and, for gas, its reason.
  const gasPages = pages.filter((text) => text.includes("HOM01 Homes with a gas safety check (key KPI)"));
  expect(gasPages.length).toBeGreaterThanOrEqual(2);
  for (const text of gasPages) expect(text).toMatch(new RegExp(`Red: off target Why: ${REASON}`));
  const callsPages = pages.filter((text) => text.includes("SS01 Calls answered within 40 seconds 95.0%"));
  expect(callsPages.length).toBeGreaterThanOrEqual(2);
  for (const text of callsPages) expect(text).toContain("Why: Two contact centre advisers left");
});
