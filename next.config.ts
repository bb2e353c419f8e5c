import path from "node:path";
import type { NextConfig } from "next";
import { viewerRewrites } from "./lib/auth/viewer";

const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  // pdfkit reads its font metrics from its package folder at run time too.
  // pg-boss reads its SQL migrations and loads pg and cron-parser itself.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pdfkit", "pg-boss"],
  // Customer files of up to 20 MB are uploaded through a server action (lib/people/import/rules.ts). proxy.ts reads
  // each body whole to count and check it (lib/auth/request-body.ts): with Next.js's default of 10 MB it would be
  // handed a cut-off copy, and the page the cut-off body (a 500); 22 MB lets it see past every limit it enforces.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: "21mb" },
    proxyClientMaxBodySize: "22mb",
  },
  poweredByHeader: false,
  // Cached pages start empty in each server's memory, never from the build's output (docs/decisions/0016-page-caching.md).
  cacheHandler: path.resolve("lib/route-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  headers: async () => [{ source: "/:path*", headers: securityHeaders }],
  // The cached calendar at /events shows everything; addresses with a chosen area, kind or page (bookmarks, older
  // emails) are answered by /events/find, keeping the query string.
  // Each public page is served from its cached copy for the visitor's role, chosen by proxy.ts (lib/auth/viewer.ts).
  rewrites: async () => ({ beforeFiles: viewerRewrites(), afterFiles: [], fallback: [] }),
  redirects: async () =>
    ["area", "kind", "page"].map((key) => ({
      source: "/events",
      has: [{ type: "query" as const, key }],
      destination: "/events/find",
      permanent: false,
    })),
};

export default nextConfig;
