import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";

/**
 * Tells server code which page was asked for, so sign-in can bring people back to it. Set on every request
 * (overwriting anything a client sent), so the value always comes from the real address.
 */
export const proxy = (request: NextRequest) => {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
};

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"] };
