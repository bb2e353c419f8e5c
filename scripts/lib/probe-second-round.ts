/**
 * The cases issue 22's probe found open, replayed by `npm run probe` (scripts/lib/probe.ts): any real server action
 * called with a body that is not its form, every HTTP method, bodies sent in chunks, large uploads, return paths that
 * only become another site once normalised, a signed-out cookie at next-auth's endpoints, the owner kept out by
 * someone guessing, and bursts of anonymous feedback.
 */
import { rawRequest, type RawAnswer } from "./raw-request";
import { actionFields } from "./sign-in-over-http";

export type Probe = {
  base: string;
  /** Counts one answer (a 5xx or a dropped connection is a server error). */
  record: (label: string, method: string, path: string, status: number) => void;
  check: (name: string, ok: boolean, detail: string) => void;
};

const MB = 1024 * 1024;

export const raw = async (probe: Probe, label: string, options: Parameters<typeof rawRequest>[1]) => {
  const answer = await rawRequest(probe.base, options).catch((error: Error): RawAnswer => ({
    status: 599,
    size: 0,
    location: null,
    setCookie: [],
    body: error.message,
  }));
  probe.record(label, options.method, options.path, answer.status);
  return answer;
};

/** The id of the server action behind a page's form, as its hidden fields name it. */
export const actionIdOf = (html: string) => {
  const meta = actionFields(html).find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
  const fromRef = meta ? (JSON.parse(meta) as { id?: string }).id : undefined;
  return (
    fromRef ??
    actionFields(html)
      .find(([name]) => name.startsWith("$ACTION_ID_"))?.[0]
      .slice(11)
  );
};

const multipart = (parts: [string, string | Buffer][], boundary = "----probe22-boundary") =>
  Buffer.concat([
    ...parts.map(([name, value]) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
        Buffer.from(value),
        Buffer.from("\r\n"),
      ]),
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ]);

const MULTIPART = "multipart/form-data; boundary=----probe22-boundary";

/** Bodies that are not the form an action takes: each is sent to every action id, as a script's call would be. */
const BAD_CALLS: { type: string; body: Buffer }[] = [
  { type: "application/json", body: Buffer.from('{"email":"x@example.test"}') },
  { type: "application/json", body: Buffer.from("[]") },
  { type: "text/plain;charset=UTF-8", body: Buffer.from('["$K1"]') },
  { type: "text/plain;charset=UTF-8", body: Buffer.from('["$Q1"]') },
  { type: "text/plain", body: Buffer.from("not json at all") },
  { type: "text/plain", body: Buffer.from("") },
  { type: "application/x-www-form-urlencoded", body: Buffer.from("email=x%40example.test&password=x") },
  { type: "application/octet-stream", body: Buffer.from([0, 1, 2, 255]) },
  { type: "multipart/form-data", body: Buffer.from("no boundary given") },
  { type: "multipart/form-data; boundary=elsewhere", body: multipart([["0", "[]"]]) },
  { type: MULTIPART, body: Buffer.from('--probe22\r\nContent-Disposition: form-data; name="0"\r\n\r\n[') },
  { type: MULTIPART, body: multipart([["0", "not json"]]) },
  { type: MULTIPART, body: multipart([["0", '{"a":1}']]) },
  { type: MULTIPART, body: multipart([["0", "[]"]]) },
  { type: MULTIPART, body: multipart([["0", '["$Q1"]']]) },
  { type: MULTIPART, body: multipart([["0", '["$@5"]']]) },
  { type: MULTIPART, body: multipart([["0", '[{"status":"idle"},"$F1"]']]) },
  { type: MULTIPART, body: multipart([["0", '[{"status":"idle"},"$h1"]']]) },
  {
    type: MULTIPART,
    body: multipart([
      ["0", '[{"status":"idle"},"$K1"]'],
      ["1_email", "x"],
    ]),
  },
  { type: MULTIPART, body: multipart([["1_email", "x"]]) },
  { type: MULTIPART, body: multipart([["0", `[${"[".repeat(5000)}${"]".repeat(5000)}]`]]) },
];

/** Forms posted without JavaScript whose hidden action fields are missing, broken or point at nothing. */
const badFormPosts = (id: string): Buffer[] => [
  multipart([["$ACTION_REF_1", ""]]),
  multipart([
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", "not json"],
  ]),
  multipart([
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })],
  ]),
  multipart([
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })],
    ["$ACTION_1:1", '["$Q9"]'],
  ]),
  multipart([
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", JSON.stringify({ id: 7, bound: null })],
  ]),
  multipart([[`$ACTION_ID_${id}`, ""]]),
  multipart([["$ACTION_ID_00", ""]]),
];

const METHODS = ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "SEARCH", "HEAD"];

/** Every malformed call, method and chunked body as one case each, spread over the probe's count. */
export const secondRoundCases = (
  probe: Probe,
  pages: { path: string; actionId: string }[],
  paths: string[],
): (() => Promise<unknown>)[] => {
  const origin = { origin: probe.base };
  const cases: (() => Promise<unknown>)[] = [];
  for (const { path, actionId } of pages) {
    for (const { type, body } of BAD_CALLS) {
      const headers = { ...origin, "next-action": actionId, "content-type": type };
      cases.push(() => raw(probe, "malformed call", { method: "POST", path, headers, body }));
      cases.push(() => raw(probe, "malformed call, chunked", { method: "POST", path, headers, body, chunked: true }));
    }
    for (const body of badFormPosts(actionId)) {
      const headers = { ...origin, "content-type": MULTIPART };
      cases.push(() => raw(probe, "malformed form post", { method: "POST", path, headers, body }));
      cases.push(() =>
        raw(probe, "malformed form post, chunked", { method: "POST", path, headers, body, chunked: true }),
      );
    }
  }
  for (const path of paths) {
    for (const method of METHODS) cases.push(() => raw(probe, `method ${method}`, { method, path }));
    // A body over every form's limit, in chunks: counted as it arrives, refused with 413.
    cases.push(() =>
      raw(probe, "chunked body", {
        method: "POST",
        path,
        headers: { ...origin, "content-type": "application/x-www-form-urlencoded" },
        body: Buffer.alloc(300 * 1024, "e"),
        chunked: true,
      }),
    );
  }
  return cases;
};

/** The specific answers: 413 with the limit named, uploads to 20 MB reaching the page, 405 for TRACE. */
export const checkBodiesAndMethods = async (probe: Probe, officerCookie: string) => {
  const origin = { origin: probe.base };
  for (const path of ["/sign-in", "/register", "/forgot-password", "/feedback"]) {
    const big = await raw(probe, "chunked 10 MB field", {
      method: "POST",
      path,
      headers: { ...origin, "content-type": MULTIPART },
      body: multipart([["email", "e".repeat(10 * MB)]]),
      chunked: true,
    });
    probe.check(
      `10 MB chunked post to ${path} gets 413 and a short answer`,
      big.status === 413 && big.size < 10_000,
      `status ${big.status}, ${big.size} bytes`,
    );
  }
  const trace = await raw(probe, "TRACE", { method: "TRACE", path: "/" });
  probe.check("TRACE gets 405", trace.status === 405, `status ${trace.status}`);
  const page = await rawRequest(probe.base, {
    method: "GET",
    path: "/staff/customers/import",
    headers: { cookie: officerCookie },
  });
  const actionId = actionIdOf(page.body);
  probe.check("the customer import page has a form", Boolean(actionId), `status ${page.status}`);
  if (!actionId) return;
  const fields = actionFields(page.body);
  for (const megabytes of [11, 15.7, 22.5]) {
    const file = Buffer.alloc(Math.round(megabytes * MB), "reference,postcode\r\nA1,AB1 2CD\r\n");
    const boundary = "----probe22-boundary";
    const body = Buffer.concat([
      ...fields.map(([name, value]) =>
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    for (const chunked of [false, true]) {
      const answer = await raw(probe, `upload ${megabytes} MB`, {
        method: "POST",
        path: "/staff/customers/import",
        headers: { ...origin, cookie: officerCookie, "content-type": MULTIPART },
        body,
        chunked,
      });
      const expected = megabytes <= 20 ? "answered by the page" : "413 naming 20 MB";
      const actual =
        answer.status === 413
          ? answer.body.includes("20 MB")
            ? "413 naming 20 MB"
            : "413"
          : answer.status < 400
            ? "answered by the page"
            : `status ${answer.status}`;
      probe.check(`${megabytes} MB upload${chunked ? " in chunks" : ""}: ${expected}`, actual === expected, actual);
    }
  }
};

/** Return paths that become "//evil.example" once normalised: a signed-in visitor must stay on this site. */
export const checkReturnPaths = async (probe: Probe, cookie: string) => {
  for (const returnTo of ["/.//evil.example", "/..//evil.example", "/%2e//evil.example", "/a/..//evil.example"]) {
    const answer = await raw(probe, "return path", {
      method: "GET",
      path: `/sign-in?returnTo=${encodeURIComponent(returnTo)}`,
      headers: { cookie },
    });
    const location = answer.location ?? "";
    const sameSite = new URL(location, probe.base).origin === new URL(probe.base).origin && !location.startsWith("//");
    probe.check(`returnTo=${returnTo} stays on this site`, sameSite, `status ${answer.status}, location ${location}`);
  }
};

/** A cookie whose session was signed out gets nothing from next-auth's endpoints, or any page. */
export const checkSignedOutCookie = async (probe: Probe, cookie: string, email: string) => {
  for (const [method, path] of [
    ["GET", "/api/auth/session"],
    ["GET", "/api/auth/csrf"],
    ["POST", "/api/auth/signout"],
    ["GET", "/account"],
    ["GET", "/tenant/my-data"],
  ] as const) {
    const answer = await raw(probe, "signed-out cookie", {
      method,
      path,
      headers: { cookie, origin: probe.base },
    });
    const leaks = answer.body.includes(email) || answer.setCookie.some((c) => c.includes("session-token=e"));
    probe.check(
      `signed-out cookie at ${method} ${path} gets no data`,
      answer.status !== 200 && !leaks,
      `status ${answer.status}`,
    );
  }
};
