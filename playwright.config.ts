import { defineConfig } from "@playwright/test";

// E2E_PORT lets several checkouts run their end-to-end tests on one machine at once.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
// Emailed links are read from here by the tests: the outbox never shows a live link (tests/e2e/fixtures.ts emailedLink).
export const MAIL_CAPTURE_FILE = `.data/e2e-mail-${PORT}.jsonl`;

// Debian's Chromium, never a downloaded browser; these flags keep it quiet on a closed network.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // A journey's whole budget; long ones ask for three times it (test.slow). On a slower 2-core machine CI's
  // journeys ran at 2-2.5 times their time alone (no step over 2.5 s), and one of 60 s ran out.
  timeout: 90_000,
  // Two workers share two cores with the server and PostgreSQL: a page that is being rendered afresh (after an
  // officer's change expired it) can take longer than Playwright's default 5 s under that load.
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: ".test-reports/e2e.json" }]],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
  webServer: {
    command: `node scripts/start.mjs -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { APP_URL: BASE_URL, NEXT_TELEMETRY_DISABLED: "1", MAIL_CAPTURE_FILE },
  },
});
