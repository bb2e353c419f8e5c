import { NextResponse, type NextRequest } from "next/server";
import { checkRequest, FORM_BYTES, HSTS, policyFor } from "@/lib/auth/request-guard";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { calendarChoicePath } from "@/lib/events/calendar-path";

/**
 * Runs before every page, action and route: refuses malformed or oversized requests and cross-site server action
 * posts with a 4xx instead of letting them reach code that would answer 500, and sets the nonce-based CSP.
 */
/** A form body Next.js would fail to parse (a 500): checked here for form-sized bodies; uploads are left alone. */
const isBrokenForm = async (request: NextRequest) => {
  const type = request.headers.get("content-type") ?? "";
  if (request.method !== "POST" || !type.startsWith("multipart/form-data")) return false;
  if (!/boundary=/i.test(type)) return true;
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!(length <= FORM_BYTES)) return false;
  return request
    .clone()
    .formData()
    .then(
      () => false,
      () => true,
    );
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
  if (!verdict && (await isBrokenForm(request))) {
    return new NextResponse("The form sent was not complete. Go back and send it again.", { status: 400 });
  }
  if (verdict) {
    return new NextResponse(verdict.message, {
      status: verdict.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = policyFor(rawUrl.pathname, nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(headers);
  // Next.js reads the nonce from the request's policy and puts it on its own scripts.
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  // Which page was asked for: sign-in brings people back to it, and a refused page's audit record names it. Set on
  // every request, overwriting anything a client sent.
  requestHeaders.set(REQUEST_PATH_HEADER, `${rawUrl.pathname}${rawUrl.search}`);
  // The calendar for a chosen area, kind or page is served from the cached page for that choice.
  const response =
    rawUrl.pathname === "/events/find"
      ? NextResponse.rewrite(new URL(calendarChoicePath(rawUrl.searchParams), request.url), {
          request: { headers: requestHeaders },
        })
      : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  if (nextUrl.protocol === "https:" || headers.get("x-forwarded-proto") === "https")
    response.headers.set("strict-transport-security", HSTS);
  return response;
};

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
