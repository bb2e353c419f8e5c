/**
 * Where to go after signing in: only a path on this site. "//evil.com", "/\evil.com" and "https://evil.com" are
 * read by browsers as other sites (an open redirect that makes phishing links look like ours), so they fall back.
 */
export const safeReturnPath = (value: unknown): string | undefined => {
  if (typeof value !== "string" || value.length === 0 || value.length > 500) return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  // Control characters and backslashes are stripped or turned into slashes by browsers: refuse them outright.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  // Sending someone back to the sign-in page would only loop.
  if (value === "/sign-in" || value.startsWith("/sign-in?") || value.startsWith("/api/")) return undefined;
  try {
    const url = new URL(value, "http://involve.invalid");
    return url.origin === "http://involve.invalid" ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
};

/** The sign-in address that brings the user back to `path` afterwards. */
export const signInHref = (path: string | undefined) => {
  const back = safeReturnPath(path);
  return back ? `/sign-in?returnTo=${encodeURIComponent(back)}` : "/sign-in";
};
