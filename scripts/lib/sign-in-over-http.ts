// Signs in the way a browser without JavaScript does: read the sign-in page's form (its server action's hidden
// fields), post it with the email and password, keep the cookies the server sets, and give the demo administrator's
// authenticator code when asked. Returns the Cookie header to send with later requests.
import { generate } from "otplib";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET } from "../../prisma/seed-data";

type Jar = Map<string, string>;

const STEP_MS = 30_000;

/**
 * A code from the demo administrator's app for the 30-second step `offset` steps from now. Each step's code is
 * accepted once, so a second sign-in in the same step uses the next step's (one step ahead is accepted too).
 */
export const demoAdminCode = (offset = 0, now = Date.now()) =>
  generate({ secret: DEMO_ADMIN_TOTP_SECRET, epoch: Math.floor((now + offset * STEP_MS) / 1000) });

/** How long until the next 30-second step begins, and a little more. */
export const untilNextStep = (now = Date.now()) => STEP_MS - (now % STEP_MS) + 500;

export { DEMO_ADMIN_EMAIL };

const keep = (jar: Jar, response: Response) => {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ""] = cookie.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
};

const header = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields that name the server action behind a page's forms. */
export const actionFields = (html: string): [string, string][] =>
  [...html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].flatMap(([input]) => {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? "";
    return name?.startsWith("$ACTION") ? [[unescapeHtml(name), unescapeHtml(value)] as [string, string]] : [];
  });

export const signInOverHttp = async (baseUrl: string, email: string, password: string): Promise<string> => {
  const jar: Jar = new Map();
  const page = await fetch(`${baseUrl}/sign-in`);
  keep(jar, page);
  const form = new FormData();
  for (const [name, value] of actionFields(await page.text())) form.append(name, value);
  form.append("email", email);
  form.append("password", password);
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: baseUrl, cookie: header(jar) },
    body: form,
  });
  keep(jar, response);
  if (response.headers.get("location")?.startsWith("/sign-in/code") && email === DEMO_ADMIN_EMAIL)
    await giveDemoAdminCode(baseUrl, jar);
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) {
    throw new Error(
      `Signing in as ${email} failed (HTTP ${response.status}, ${response.headers.get("location") ?? "no redirect"})`,
    );
  }
  return header(jar);
};

/**
 * The code step: this step's code, then the next step's; when both were used by others (each step is accepted once,
 * and only steps after the last one used), wait for the next step and give the one after it, which nobody can have
 * used yet and which the one-step tolerance accepts.
 */
const giveDemoAdminCode = async (baseUrl: string, jar: Jar) => {
  for (const offset of [0, 1, "wait"] as const) {
    if (offset === "wait") await new Promise((resolve) => setTimeout(resolve, untilNextStep()));
    const page = await fetch(`${baseUrl}/sign-in/code`, { headers: { cookie: header(jar) } });
    const form = new FormData();
    for (const [name, value] of actionFields(await page.text())) form.append(name, value);
    form.append("code", await demoAdminCode(offset === "wait" ? 1 : offset));
    const answer = await fetch(`${baseUrl}/sign-in/code`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: baseUrl, cookie: header(jar) },
      body: form,
    });
    keep(jar, answer);
    if ([...jar.keys()].some((name) => name.endsWith("session-token"))) return;
  }
};
