/**
 * Replays, against a running build, what an attacker tried (issues 13 and 22): the authorization matrix, malformed
 * requests (none may get a 5xx: bad addresses, bodies, action calls, methods, chunked and large bodies), open
 * redirects, signed-out cookies, concurrent sign-in and reset attempts, the owner signing in during an attack and
 * bursts of anonymous feedback (the limits must hold).
 * Used by `npm run probe` (scripts/probe.ts) and, smaller, by tests/e2e/security.spec.ts.
 */
import { ALL_ROLES, AREA_ROLES, delayAfter, THROTTLES } from "@/lib/auth/rules";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  actionIdOf,
  checkBodiesAndMethods,
  checkReturnPaths,
  checkSignedOutCookie,
  secondRoundCases,
  type Probe,
} from "./probe-second-round";
import { checkLimitsHoldForTheOwner } from "./probe-limits";
import { actionFields, signInOverHttp } from "./sign-in-over-http";

type Outcome = { name: string; ok: boolean; detail: string };

export type ProbeReport = {
  sent: number;
  serverErrors: number;
  failures: Outcome[];
  checks: number;
  summary: string[];
};

const ACCOUNTS: Record<Role, string> = {
  TENANT: "tenant@involve.test",
  OFFICER: "officer@involve.test",
  BOARD: "board@involve.test",
  ADMIN: "admin@involve.test",
  MEMBER: "councillor@involve.test",
};
const PASSWORD = "involve-demo-password";

/**
 * Each path and the roles allowed it; anyone else signed in is forbidden (403), or for a group's space not found
 * (404, exactly as for a group that does not exist), since there it is membership, not role, that decides.
 */
const MATRIX: { path: string; roles: readonly Role[]; refusal?: "not-found" }[] = [
  { path: "/tenant", roles: AREA_ROLES.tenant },
  { path: "/tenant/consultations", roles: AREA_ROLES.tenant },
  { path: "/tenant/my-data", roles: AREA_ROLES.tenant },
  { path: "/tenant/reviews", roles: AREA_ROLES.tenant },
  { path: "/staff", roles: AREA_ROLES.staff },
  { path: "/staff/customers", roles: AREA_ROLES.staff },
  { path: "/staff/consultations", roles: AREA_ROLES.staff },
  { path: "/staff/consultations/overdue", roles: AREA_ROLES.staff },
  { path: "/staff/events", roles: AREA_ROLES.staff },
  { path: "/staff/annual-report", roles: AREA_ROLES.staff },
  { path: "/staff/service-standards", roles: AREA_ROLES.staff },
  { path: "/staff/communications", roles: AREA_ROLES.staff },
  { path: "/staff/reach/invite", roles: AREA_ROLES.staff },
  { path: "/board", roles: AREA_ROLES.board },
  { path: "/board/measures", roles: AREA_ROLES.board },
  { path: "/board/measures/return", roles: AREA_ROLES.board },
  { path: "/staff/measures/return", roles: AREA_ROLES.staff },
  { path: "/staff/self-assessment", roles: AREA_ROLES.staff },
  { path: "/board/self-assessment", roles: AREA_ROLES.board },
  { path: "/board/trends", roles: AREA_ROLES.board },
  { path: "/board/definitions", roles: AREA_ROLES.board },
  { path: "/staff/budget", roles: AREA_ROLES.staff },
  { path: "/staff/budget/grants", roles: AREA_ROLES.staff },
  { path: "/staff/policies", roles: AREA_ROLES.staff },
  { path: "/staff/rent", roles: AREA_ROLES.staff },
  { path: "/board/policies", roles: AREA_ROLES.board },
  { path: "/admin", roles: AREA_ROLES.admin },
  { path: "/admin/audit", roles: AREA_ROLES.admin },
  { path: "/admin/outbox", roles: AREA_ROLES.admin },
  { path: "/admin/settings", roles: AREA_ROLES.admin },
  { path: "/admin/second-factor", roles: AREA_ROLES.admin },
  { path: "/account", roles: ALL_ROLES },
  { path: "/groups", roles: AREA_ROLES.groups },
  { path: "/staff/groups/actions", roles: AREA_ROLES.staff },
  // The demo tenant is on the panel and the councillor in the working group; officers and admins moderate both.
  { path: "/groups/group-panel/drafts", roles: ["TENANT", "OFFICER", "ADMIN"], refusal: "not-found" },
  { path: "/groups/group-working/drafts", roles: ["MEMBER", "OFFICER", "ADMIN"], refusal: "not-found" },
];

const FUZZ_PATHS = [
  "/",
  "/events",
  "/consultations",
  "/strategy",
  "/sign-in",
  "/register",
  "/forgot-password",
  "/staff",
  "/tenant",
  "/admin/audit",
  "/api/health",
  "/reset-password",
  "/survey-results",
  "/annual-report",
  "/group-minutes",
];

const BAD_PARTS = [
  "%00",
  "a%00b",
  "%C3%28",
  "%E0%A4%A",
  "%FF%FE",
  "%ED%A0%80",
  "%",
  "%%",
  "%G1",
  "%C0%AF",
  "..%2F..%2Fetc%2Fpasswd",
  "%0D%0ASet-Cookie:x=1",
  "%F0%28%8C%28",
  "%uD800",
  "%EF%BF%BF",
  "x".repeat(3000),
  "%00".repeat(50),
  "%7F",
  "%1B[31m",
  "%E2%80%AE",
];

/** The most attempts one account's limiter lets through in `ms`: the free ones, then one per (doubling) delay. */
const attemptsAllowedWithin = (ms: number) => {
  const policy = THROTTLES.account;
  let attempts = policy.freeAttempts;
  let elapsed = delayAfter(attempts, policy);
  while (elapsed <= ms) {
    attempts += 1;
    elapsed += delayAfter(attempts, policy);
  }
  return attempts;
};

export const runProbe = async (options: {
  base: string;
  fuzzCount: number;
  concurrency?: number;
  /**
   * Also the heavy and lasting checks: uploads of 11 to 22.5 MB, a guessing attack on the demo board member's
   * account and a burst of anonymous feedback. `npm run probe` makes them; the end-to-end spec, whose other journeys
   * sign in as the board member afterwards on the same server, does not.
   */
  full?: boolean;
  log?: (line: string) => void;
}) => {
  const { base, fuzzCount, concurrency = 8, full = true, log = () => {} } = options;
  const report: ProbeReport = { sent: 0, serverErrors: 0, failures: [], checks: 0, summary: [] };
  const serverErrorSamples: string[] = [];

  const send = async (label: string, path: string, init: RequestInit = {}) => {
    report.sent += 1;
    try {
      const response = await fetch(`${base}${path}`, { redirect: "manual", ...init });
      const body = await response.text();
      if (response.status >= 500) {
        report.serverErrors += 1;
        if (serverErrorSamples.length < 10)
          serverErrorSamples.push(`${label}: ${init.method ?? "GET"} ${path.slice(0, 80)} -> ${response.status}`);
      }
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      // A dropped connection is as bad as a 500 for the person on the other end.
      report.serverErrors += 1;
      if (serverErrorSamples.length < 10)
        serverErrorSamples.push(`${label}: ${path.slice(0, 80)} -> ${(error as Error).message}`);
      return { status: 599, headers: new Headers(), body: "" };
    }
  };

  const check = (name: string, ok: boolean, detail: string) => {
    report.checks += 1;
    if (!ok) report.failures.push({ name, ok, detail });
  };

  const probe: Probe = {
    base,
    check,
    record: (label, method, path, status) => {
      report.sent += 1;
      if (status >= 500) {
        report.serverErrors += 1;
        if (serverErrorSamples.length < 10)
          serverErrorSamples.push(`${label}: ${method} ${path.slice(0, 80)} -> ${status}`);
      }
    },
  };

  const signInForm = async () => actionFields((await send("sign-in page", "/sign-in")).body);

  const formBody = (fields: [string, string | Buffer][]) => {
    const boundary = `----probe${Math.random().toString(16).slice(2)}`;
    const parts = fields.map(([name, value]) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
        Buffer.from(value),
        Buffer.from("\r\n"),
      ]),
    );
    return {
      body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
      type: `multipart/form-data; boundary=${boundary}`,
    };
  };

  const postForm = (
    label: string,
    path: string,
    fields: [string, string | Buffer][],
    headers: Record<string, string> = {},
  ) => {
    const { body, type } = formBody(fields);
    return send(label, path, { method: "POST", body, headers: { "content-type": type, origin: base, ...headers } });
  };

  // The demo administrator is asked for an authenticator code too, which signInOverHttp gives.
  const signInAs = async (email: string) =>
    signInOverHttp(base, email, PASSWORD).then(
      (cookie) => ({ cookie, failure: "" }),
      (error: unknown) => ({ cookie: "", failure: error instanceof Error ? error.message : String(error) }),
    );

  // 1. Authorization matrix: every path for a stranger and each role.
  const sessions = new Map<Role | "STRANGER", string>([["STRANGER", ""]]);
  for (const role of Object.keys(ACCOUNTS) as Role[]) {
    const { cookie, failure } = await signInAs(ACCOUNTS[role]);
    check(`sign in as ${role}`, cookie.includes("authjs.session-token"), failure || "no session cookie");
    sessions.set(role, cookie);
  }
  for (const { path, roles, refusal = "forbidden" } of MATRIX) {
    for (const [who, cookie] of sessions) {
      const response = await send("matrix", path, { headers: cookie ? { cookie } : {} });
      const expected = who === "STRANGER" ? "sign-in" : roles.includes(who) ? "allow" : refusal;
      const location = response.headers.get("location") ?? "";
      const actual =
        response.status === 200
          ? "allow"
          : response.status === 403
            ? "forbidden"
            : response.status === 404
              ? "not-found"
              : [302, 303, 307].includes(response.status) && location.includes("/sign-in")
                ? "sign-in"
                : `status ${response.status}`;
      check(`${who} ${path}`, actual === expected, `expected ${expected}, got ${actual}`);
    }
  }
  report.summary.push(`authorization matrix: ${MATRIX.length} paths x ${sessions.size} visitors`);

  // 2. Cookie replay: a signed-out session's cookie must not work again.
  const replay = await signInAs(ACCOUNTS.TENANT);
  const home = await send("replay", "/tenant", { headers: { cookie: replay.cookie } });
  const signOutFields = actionFields(home.body).filter(([name]) => name.startsWith("$ACTION"));
  await postForm("sign out", "/tenant", signOutFields, { cookie: replay.cookie });
  const after = await send("replay", "/tenant", { headers: { cookie: replay.cookie } });
  check("signed-out cookie replayed", after.status !== 200, `status ${after.status}`);
  await checkSignedOutCookie(probe, replay.cookie, ACCOUNTS.TENANT);
  await checkReturnPaths(probe, sessions.get("TENANT") ?? "");

  // 3. Malformed requests.
  const hidden = await signInForm();
  const cases: (() => Promise<unknown>)[] = [];
  const origin = { origin: base };
  for (const path of FUZZ_PATHS) {
    for (const bad of BAD_PARTS) {
      cases.push(() => send("bad path", `${path}/${bad}`));
      cases.push(() => send("bad query", `${path}?q=${bad}&page=${bad}`));
      cases.push(() =>
        send("bad header", path, { headers: { "x-forwarded-for": bad.slice(0, 200), accept: bad.slice(0, 100) } }),
      );
    }
    cases.push(() =>
      send("wrong type", path, {
        method: "POST",
        body: '{"a":1}',
        headers: { "content-type": "application/json", ...origin },
      }),
    );
    cases.push(() =>
      send("wrong type", path, { method: "POST", body: "<x/>", headers: { "content-type": "text/xml", ...origin } }),
    );
    cases.push(() =>
      send("junk action", path, {
        method: "POST",
        body: "[]",
        headers: { "next-action": "0".repeat(40), "content-type": "text/plain", ...origin },
      }),
    );
    cases.push(() =>
      send("junk action", path, {
        method: "POST",
        body: "[]",
        headers: { "next-action": "not-hex-%00", "content-type": "text/plain", ...origin },
      }),
    );
    cases.push(() =>
      send("bad multipart", path, {
        method: "POST",
        body: "--x\r\nContent-Disposition: form-data\r\n\r\n",
        headers: { "content-type": "multipart/form-data; boundary=y", "next-action": "ab".repeat(20), ...origin },
      }),
    );
    cases.push(() =>
      send("bad multipart", path, {
        method: "POST",
        body: "garbage",
        headers: { "content-type": "multipart/form-data", ...origin },
      }),
    );
    cases.push(() =>
      send("huge body", path, {
        method: "POST",
        body: "e".repeat(64 * 1024),
        headers: { "content-type": "application/x-www-form-urlencoded", ...origin },
      }),
    );
  }
  const fieldPayloads: (string | Buffer)[] = [
    "a\u0000b@example.test",
    Buffer.from([0x61, 0xff, 0xfe, 0x40, 0x62]),
    Buffer.from([0xc3, 0x28]),
    Buffer.from([0xed, 0xa0, 0x80]),
    "x".repeat(5000),
    "",
    "@",
    "\u202e@x.test",
    "<script>alert(1)</script>@x.test",
  ];
  for (const payload of fieldPayloads) {
    for (const page of ["/sign-in", "/forgot-password", "/register"]) {
      cases.push(() => postForm("bad field", page, [...hidden, ["email", payload], ["password", payload]]));
      cases.push(() =>
        postForm("cross-origin action", page, [...hidden, ["email", payload]], { origin: "https://attacker.example" }),
      );
    }
  }
  const pages = [];
  for (const path of ["/sign-in", "/register", "/forgot-password", "/feedback"]) {
    const actionId = actionIdOf((await send("form page", path)).body);
    check(`${path} has a server action`, Boolean(actionId), "no action id in the page");
    if (actionId) pages.push({ path, actionId });
  }
  cases.push(...secondRoundCases(probe, pages, FUZZ_PATHS));
  let index = 0;
  // Fewer requests than cases: spread evenly over every kind; more: go round again.
  const fuzzCases = Array.from({ length: fuzzCount }, (_, i) =>
    fuzzCount < cases.length ? cases[Math.floor((i * cases.length) / fuzzCount)]! : cases[i % cases.length]!,
  );
  const worker = async () => {
    while (index < fuzzCases.length) {
      const next = fuzzCases[index];
      index += 1;
      await next?.();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  report.summary.push(`malformed requests: ${fuzzCases.length} (${cases.length} distinct)`);

  // Specific answers: 413 for a large public form, 400 for NUL bytes, 403 for a cross-site action, CSP and nonce.
  const big = await send("413", "/sign-in", {
    method: "POST",
    body: "e".repeat(20 * 1024),
    headers: { "content-type": "application/x-www-form-urlencoded", ...origin },
  });
  check("large public form gets 413", big.status === 413, `status ${big.status}`);
  const nul = await send("400", "/events/%00");
  check("NUL byte in the path gets 400", nul.status === 400, `status ${nul.status}`);
  const cross = await postForm("403", "/sign-in", [...hidden, ["email", "x@example.test"], ["password", "x"]], {
    origin: "https://attacker.example",
    "next-action": "ab".repeat(20),
  });
  check("cross-site server action gets 403", cross.status === 403, `status ${cross.status}`);
  const page = await send("csp", "/sign-in");
  const csp = page.headers.get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  check(
    "sign-in page has a nonce CSP",
    Boolean(nonce) && csp.includes("object-src 'none'") && csp.includes("frame-ancestors 'none'"),
    csp,
  );
  check(
    "sign-in page scripts carry the nonce",
    Boolean(nonce) && page.body.includes(`nonce="${nonce}"`),
    "no script with the nonce",
  );

  if (full) await checkBodiesAndMethods(probe, sessions.get("OFFICER") ?? "");

  // 4. Concurrency: 30 wrong passwords at once are evaluated no more than the limit; duplicate reset requests likewise.
  const victim = `probe-${Date.now()}@involve.test`;
  const started = Date.now();
  const guesses = await Promise.all(
    Array.from({ length: 30 }, () =>
      postForm("concurrent sign-in", "/sign-in", [...hidden, ["email", victim], ["password", "wrong-password"]]),
    ),
  );
  const evaluated = guesses.filter((r) => r.body.includes("is not right")).length;
  const throttled = guesses.filter((r) => r.body.includes("too many attempts")).length;
  const allowed = attemptsAllowedWithin(Date.now() - started);
  check(
    `30 concurrent wrong passwords: at most ${allowed} evaluated`,
    evaluated <= allowed && evaluated + throttled === 30,
    `${evaluated} evaluated, ${throttled} throttled`,
  );
  report.summary.push(`concurrent wrong passwords: ${evaluated} evaluated, ${throttled} throttled of 30`);
  const resetHidden = actionFields((await send("reset page", "/forgot-password")).body);
  const resets = await Promise.all(
    Array.from({ length: 20 }, () =>
      postForm("concurrent reset", "/forgot-password", [...resetHidden, ["email", victim]]),
    ),
  );
  const accepted = resets.filter((r) => r.body.includes("belongs to an account")).length;
  check("20 concurrent reset requests: at most 3 accepted", accepted <= 3 && accepted > 0, `${accepted} accepted`);
  report.summary.push(`concurrent reset requests: ${accepted} accepted of 20`);

  if (full) report.summary.push(await checkLimitsHoldForTheOwner(probe, { signInForm, postForm, send }));

  report.summary.push(
    `requests sent: ${report.sent}; responses >= 500: ${report.serverErrors}; checks: ${report.checks}, failed: ${report.failures.length}`,
  );
  for (const sample of serverErrorSamples) log(`  5xx: ${sample}`);
  for (const failure of report.failures) log(`  FAILED ${failure.name}: ${failure.detail}`);
  return report;
};
