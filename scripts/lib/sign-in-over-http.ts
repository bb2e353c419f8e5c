// Signs in the way a browser does, through next-auth's credentials endpoint: fetch the CSRF token (and its cookie),
// post the form, keep the cookies the server sets. Returns the Cookie header to send with later requests.
type Jar = Map<string, string>;

const keep = (jar: Jar, response: Response) => {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ""] = cookie.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
};

const header = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

export const signInOverHttp = async (baseUrl: string, email: string, password: string): Promise<string> => {
  const jar: Jar = new Map();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/home` }),
  });
  keep(jar, response);
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) {
    throw new Error(
      `Signing in as ${email} failed (HTTP ${response.status}, ${response.headers.get("location") ?? "no redirect"})`,
    );
  }
  return header(jar);
};
