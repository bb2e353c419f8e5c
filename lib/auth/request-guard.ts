/**
 * Pure checks proxy.ts makes on every request before Next.js sees it (docs/decisions/0015 and 0019): methods
 * nothing here answers get 405, malformed addresses 400, oversized bodies 413, forms posted from another site 403.
 */

const KB = 1024;

/** Forms strangers use (sign in, register, reset) carry a few short fields. */
export const PUBLIC_FORM_BYTES = 8 * KB;
/** Tenant and other forms: long answers, but no files. */
export const FORM_BYTES = 256 * KB;
/** Staff pages and group spaces (meeting papers) upload files of up to 20 MB (customer lists, survey responses, documents), plus the form around them. */
export const UPLOAD_BYTES = 21 * KB * KB;

const PUBLIC_FORM_PATHS = ["/sign-in", "/register", "/forgot-password", "/reset-password", "/account"];
const UPLOAD_AREAS = ["/staff", "/admin", "/groups"];

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export const bodyLimitFor = (pathname: string) => {
  if (PUBLIC_FORM_PATHS.some((prefix) => under(pathname, prefix))) return PUBLIC_FORM_BYTES;
  if (UPLOAD_AREAS.some((prefix) => under(pathname, prefix))) return UPLOAD_BYTES;
  return FORM_BYTES;
};

/** Whether a raw path or query decodes to text without NUL or other control characters that nothing here needs. */
export const isCleanUrlPart = (raw: string) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(decoded) && !decoded.includes("\uFFFD");
};

export type Verdict = { status: 400 | 403 | 405 | 413 | 415; message: string } | null;

/** Pages, route handlers and server actions here answer these; TRACE, PUT and the rest get 405, not a 500. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];

/** The 413 message names the limit, so someone uploading a file knows what will fit. */
export const tooLarge = (limit: number): NonNullable<Verdict> => ({
  status: 413,
  message:
    limit >= KB * KB
      ? `What you sent is too large: files of up to ${Math.floor(limit / (KB * KB)) - 1} MB can be uploaded here.`
      : `What you sent is too large for this page: it takes up to ${Math.round(limit / KB)} kB.`,
});

/** The route mail programs post to when someone presses "Unsubscribe" beside an email. */
export const ONE_CLICK_UNSUBSCRIBE = "/unsubscribe/one-click";

export const checkRequest = (request: {
  method: string;
  pathname: string;
  search: string;
  contentLength: string | null;
  origin: string | null;
  host: string | null;
}): Verdict => {
  if (!ALLOWED_METHODS.includes(request.method))
    return { status: 405, message: "This address does not answer that kind of request." };
  if (!isCleanUrlPart(request.pathname) || !isCleanUrlPart(request.search.replace(/^\?/, ""))) {
    return { status: 400, message: "The address of this page has characters in it that it cannot have." };
  }
  if (request.contentLength !== null) {
    const length = Number(request.contentLength);
    if (!Number.isSafeInteger(length) || length < 0)
      return { status: 400, message: "The request's length is not a number." };
    if (length > bodyLimitFor(request.pathname)) return tooLarge(bodyLimitFor(request.pathname));
  }
  // Every form here is a server action; Next.js answers a foreign Origin on one with a 500, so it stops here. The
  // one-click unsubscribe (RFC 8058) is the exception: mail providers post it from their own sites.
  if (
    !["GET", "HEAD", "OPTIONS"].includes(request.method) &&
    request.origin !== null &&
    request.pathname !== ONE_CLICK_UNSUBSCRIBE
  ) {
    let originHost: string | null;
    try {
      originHost = new URL(request.origin).host;
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== request.host)
      return { status: 403, message: "Forms can only be sent from this site." };
  }
  return null;
};

/** The Content-Security-Policy for one response: scripts only with this request's nonce (see docs/decisions). */
export const contentSecurityPolicy = (nonce: string, development: boolean) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Style attributes (bar widths, focus rings) are inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");

/** An email's HTML part shown to an administrator: an opaque origin with no script, whatever the email holds. */
export const SANDBOXED_EMAIL_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self'";
const SANDBOXED_EMAIL_PAGE = /^\/admin\/outbox\/[^/]+\/html$/;

/** The policy for one address: the sandbox for an email's HTML part, the nonce policy everywhere else. */
export const policyFor = (pathname: string, nonce: string, development: boolean) =>
  SANDBOXED_EMAIL_PAGE.test(pathname) ? SANDBOXED_EMAIL_POLICY : contentSecurityPolicy(nonce, development);

export const HSTS = "max-age=31536000; includeSubDomains";
