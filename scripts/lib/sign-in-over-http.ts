// Signs in the way a browser without JavaScript does: read the sign-in page's form (its server action's hidden
// fields), post it with the email and password, keep the cookies the server sets. Returns the Cookie header to send
// with later requests. (next-auth's own credentials endpoint takes only the ticket Involve's sign-in issues.)
type Jar = Map<string, string>;

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
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) {
    throw new Error(
      `Signing in as ${email} failed (HTTP ${response.status}, ${response.headers.get("location") ?? "no redirect"})`,
    );
  }
  return header(jar);
};
