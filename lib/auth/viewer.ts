import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who a public page is drawn for: a stranger or a role, never a person. Each public page is cached once per viewer
 * at /as/<viewer>/<path> (app/(public)/as/[viewer]), and proxy.ts has a request served the copy for its session's role,
 * so a signed-in visitor keeps their menu and "Sign out" while the page stays cached
 * (docs/decisions/0021-finish-dates-words-homes.md).
 */
export const VIEWERS = ["public", "tenant", "officer", "board", "admin", "member"] as const;
export type Viewer = (typeof VIEWERS)[number];

export const viewerOf = (role: Role | undefined): Viewer => (role ? (role.toLowerCase() as Viewer) : "public");

/** The role a viewer segment names; null for a stranger, undefined for text that names no viewer. */
export const roleOf = (viewer: string): Role | null | undefined => {
  if (viewer === "public") return null;
  return (VIEWERS as readonly string[]).includes(viewer) ? (viewer.toUpperCase() as Role) : undefined;
};

/**
 * First path segments that are not public pages: the signed-in areas, the sign-in landing, the API, Next.js's own
 * paths and the files in public/. tests/unit/viewer.test.ts checks this against app/ and public/.
 */
export const NOT_PUBLIC = ["tenant", "staff", "admin", "board", "account", "groups", "home", "api", "samples"] as const;

/**
 * Whether a path is a public page's, served from a viewer's copy at /as/<viewer><path>. A request for a copy's own
 * address (/as/...) is public too, and becomes a path no page has: no one can ask for a signed-in copy by name.
 */
export const isPublicPath = (pathname: string) => {
  const first = pathname.split("/")[1] ?? "";
  return !first.startsWith("_") && !(NOT_PUBLIC as readonly string[]).includes(first);
};

/**
 * The request header the proxy sets to the viewer (and removes from any other request, whatever a client sent):
 * next.config.ts rewrites on it. A rewrite written by the proxy itself is an absolute address, which Next.js
 * fetches as another site's when the server was started for a named host (`next start -H`); the configuration's
 * rewrites are paths within the server.
 */
export const VIEWER_HEADER = "x-involve-viewer";
/** The calendar's chosen area, kind and page ("area/kind/page"), for its rewrite to the cached path. */
export const CALENDAR_HEADER = "x-involve-calendar";

/** next.config.ts's rewrites: each public page to its viewer's copy, the calendar's query to its cached path. */
export const viewerRewrites = () => {
  const viewer = { type: "header" as const, key: VIEWER_HEADER, value: `(?<viewer>${VIEWERS.join("|")})` };
  // Next.js tries each rule in turn on the address the one before made, so no rule may match another's result:
  // the first leaves the calendar's query to the second, and the last matches only "/".
  return [
    {
      source: "/:path+",
      has: [viewer],
      missing: [{ type: "header" as const, key: CALENDAR_HEADER }],
      destination: "/as/:viewer/:path+",
    },
    {
      source: "/events/find",
      has: [
        viewer,
        { type: "header" as const, key: CALENDAR_HEADER, value: "(?<area>[^/]+)/(?<kind>[^/]+)/(?<page>[^/]+)" },
      ],
      destination: "/as/:viewer/events/find/:area/:kind/:page",
    },
    { source: "/", has: [viewer], destination: "/as/:viewer" },
  ];
};

/**
 * Signed-in copies must stay in this server's cache and the visitor's browser, never in a shared cache. (A page's
 * `Vary` cannot say so: Next.js sets its own on every page.)
 */
export const SIGNED_IN_CACHE_CONTROL = "private, no-store";
