import { describe, expect, it } from "vitest";
import {
  checkRequest,
  contentSecurityPolicy,
  policyFor,
  PUBLIC_FORM_BYTES,
  tooLarge,
  UPLOAD_BYTES,
} from "@/lib/auth/request-guard";

const request = (overrides: Partial<Parameters<typeof checkRequest>[0]> = {}) =>
  checkRequest({
    method: "GET",
    pathname: "/events",
    search: "",
    contentLength: null,
    origin: null,
    host: "portal.test",
    ...overrides,
  });

describe("request guard", () => {
  it("passes ordinary requests", () => {
    expect(request({ search: "?q=caf%C3%A9+garden" })).toBeNull();
  });

  it("answers 400 to NUL bytes and invalid UTF-8 in the path or query", () => {
    expect(request({ pathname: "/events/%00" })?.status).toBe(400);
    expect(request({ search: "?q=%C3%28" })?.status).toBe(400);
    expect(request({ search: "?q=%E0%A4%A" })?.status).toBe(400);
  });

  it("answers 413 to a public form body over a few kB, but lets staff upload large files", () => {
    expect(
      request({ method: "POST", pathname: "/sign-in", contentLength: String(PUBLIC_FORM_BYTES + 1) })?.status,
    ).toBe(413);
    expect(request({ method: "POST", pathname: "/sign-in", contentLength: "600" })).toBeNull();
    expect(
      request({ method: "POST", pathname: "/staff/customers/import", contentLength: String(5 * 1024 * 1024) }),
    ).toBeNull();
  });

  it("answers 403 to a form or server action posted from another site", () => {
    const action = { method: "POST" };
    expect(request({ ...action, origin: "https://evil.test" })?.status).toBe(403);
    expect(request({ ...action, origin: "null" })?.status).toBe(403);
    expect(request({ ...action, origin: "http://portal.test" })).toBeNull();
    expect(request({ method: "GET", origin: "https://evil.test" })).toBeNull();
  });

  it("takes the one-click unsubscribe from a mail provider's site, and nothing else of theirs", () => {
    const provider = { method: "POST", origin: "https://mail.example.com" };
    expect(request({ ...provider, pathname: "/unsubscribe/one-click" })).toBeNull();
    expect(request({ ...provider, pathname: "/unsubscribe" })?.status).toBe(403);
  });

  it("allows scripts only with the nonce", () => {
    expect(contentSecurityPolicy("abc", false)).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'; ");
    expect(contentSecurityPolicy("abc", false)).toContain(
      "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
    );
  });

  it("sandboxes an email's HTML part and gives every other page the nonce policy", () => {
    expect(policyFor("/admin/outbox/abc123/html", "abc", false)).toMatch(/^sandbox; default-src 'none'/);
    expect(policyFor("/admin/outbox/abc123", "abc", false)).toBe(contentSecurityPolicy("abc", false));
    expect(policyFor("/admin/outbox/abc123/html/x", "abc", false)).toBe(contentSecurityPolicy("abc", false));
  });
});

describe("methods and limits", () => {
  it("answers 405 to methods nothing here uses, and names the limit in a 413", () => {
    for (const method of ["PUT", "DELETE", "PATCH", "PROPFIND"]) expect(request({ method })?.status).toBe(405);
    expect(request({ method: "OPTIONS" })).toBeNull();
    expect(tooLarge(UPLOAD_BYTES).message).toContain("files of up to 20 MB");
    expect(tooLarge(PUBLIC_FORM_BYTES).message).toContain("up to 8 kB");
  });
});
