import { NextResponse, type NextRequest } from "next/server";
import { checkPostBody, readWithin } from "@/lib/auth/request-body";
import {
  ALLOWED_METHODS,
  bodyLimitFor,
  checkRequest,
  HSTS,
  policyFor,
  tooLarge,
  type Verdict,
} from "@/lib/auth/request-guard";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { readSessionClaims } from "@/lib/auth/session-cookie";
import { CALENDAR_HEADER, isPublicPath, SIGNED_IN_CACHE_CONTROL, VIEWER_HEADER, viewerOf } from "@/lib/auth/viewer";
import { calendarChoicePath } from "@/lib/events/calendar-path";

/**
 * Runs before every page, action and route: refuses malformed or oversized requests and cross-site server action
 * posts with a 4xx instead of letting them reach code that would answer 500, and sets the nonce-based CSP.
 */
const refuse = (verdict: NonNullable<Verdict>) =>
  new NextResponse(verdict.message, {
    status: verdict.status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      ...(verdict.status === 405 ? { allow: ALLOWED_METHODS.join(", ") } : {}),
    },
  });

/**
 * A POST's body, counted as it streams (chunked bodies have no length to check first) and checked as the form or
 * server action call it claims to be. Next.js keeps its own copy for the page, so reading it here costs nothing more.
 */
const checkBody = async (request: NextRequest, pathname: string): Promise<Verdict> => {
  if (request.method !== "POST") return null;
  const limit = bodyLimitFor(pathname);
  const body = await readWithin(request.body, limit).catch(() => "broken" as const);
  if (body === "too-large") return tooLarge(limit);
  if (body === "broken") return { status: 400, message: "The request's body could not be read." };
  return checkPostBody({
    contentType: request.headers.get("content-type") ?? "",
    isCall: request.headers.has("next-action"),
    body,
  });
};

export const proxy = async (request: NextRequest) => {
  const { nextUrl, headers } = request;
  const rawUrl = new URL(request.url);
  const verdict = checkRequest({
    method: request.method,
    pathname: rawUrl.pathname,
    search: rawUrl.search,
    contentLength: headers.get("content-length"),
    origin: headers.get("origin"),
    host: headers.get("x-forwarded-host") ?? headers.get("host"),
  });
  const refusal = verdict ?? (await checkBody(request, rawUrl.pathname));
  if (refusal) return refuse(refusal);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = policyFor(rawUrl.pathname, nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(headers);
  // Next.js reads the nonce from the request's policy and puts it on its own scripts.
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  // Which page was asked for: sign-in brings people back to it, and a refused page's audit record names it. Set on
  // every request, overwriting anything a client sent.
  requestHeaders.set(REQUEST_PATH_HEADER, `${rawUrl.pathname}${rawUrl.search}`);
  // Public pages are served from the cached copy for the visitor's role (a stranger's without a session cookie),
  // so a signed-in visitor keeps their menu; the role only picks the header, pages behind it check the session.
  // next.config.ts rewrites on these headers; a client's own copies are never believed.
  requestHeaders.delete(VIEWER_HEADER);
  requestHeaders.delete(CALENDAR_HEADER);
  const viewer = isPublicPath(rawUrl.pathname)
    ? viewerOf((await readSessionClaims((name) => request.cookies.get(name)?.value))?.role)
    : null;
  if (viewer) requestHeaders.set(VIEWER_HEADER, viewer);
  // The calendar for a chosen area, kind or page is served from the cached page for that choice.
  if (rawUrl.pathname === "/events/find")
    requestHeaders.set(CALENDAR_HEADER, calendarChoicePath(rawUrl.searchParams).slice("/events/find/".length));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // The same address answers strangers and each role differently: no shared cache may keep a signed-in copy.
  if (viewer && viewer !== "public") response.headers.set("cache-control", SIGNED_IN_CACHE_CONTROL);
  response.headers.set("content-security-policy", policy);
  if (nextUrl.protocol === "https:" || headers.get("x-forwarded-proto") === "https")
    response.headers.set("strict-transport-security", HSTS);
  return response;
};

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
