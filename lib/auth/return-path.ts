const SITE = "http://involve.invalid";

/**
 * Where to go after signing in: only a path on this site. "//evil.com", "/\evil.com" and "https://evil.com" are
 * read by browsers as other sites (an open redirect that makes phishing links look like ours), so they fall back.
 * The path is normalised first, as the browser will: "/.//evil.com", "/a/..//evil.com" and "/%2e//evil.com" all
 * become "//evil.com", so checking the text as given would let them through (issue 22).
 */
export const safeReturnPath = (value: unknown): string | undefined => {
  if (typeof value !== "string" || value.length === 0 || value.length > 500) return undefined;
  // Control characters and backslashes are stripped or turned into slashes by browsers: refuse them outright.
  if (!value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return undefined;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== SITE || !path.startsWith("/") || path.startsWith("//")) return undefined;
  // Sending someone back to the sign-in page would only loop.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/")) return undefined;
  return path;
};

/** The sign-in address that brings the user back to `path` afterwards. */
export const signInHref = (path: string | undefined) => {
  const back = safeReturnPath(path);
  return back ? `/sign-in?returnTo=${encodeURIComponent(back)}` : "/sign-in";
};
