import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who a public page is drawn for: a stranger or a role, never a person. Each public page is cached once per viewer
 * at /as/<viewer>/<path> (app/(public)/as/[viewer]), and proxy.ts serves a request the copy for its session's role,
 * so a signed-in visitor keeps their menu and "Sign out" while the page stays cached
 * (docs/decisions/0021-finish-dates-words-homes.md).
 */
export const VIEWERS = ["public", "tenant", "officer", "board", "admin"] as const;
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
export const NOT_PUBLIC = ["tenant", "staff", "admin", "board", "account", "home", "api", "samples"] as const;

/**
 * The path a request for a public page is served from, or null for any other request. A request for a variant's
 * own address (/as/...) becomes a path no page has, so a stranger cannot ask for a signed-in copy by name.
 */
export const viewerPath = (pathname: string, viewer: Viewer): string | null => {
  const first = pathname.split("/")[1] ?? "";
  if (first.startsWith("_") || (NOT_PUBLIC as readonly string[]).includes(first)) return null;
  return `/as/${viewer}${pathname === "/" ? "" : pathname}`;
};

/** Signed-in copies must stay in this server's cache and the visitor's browser, never in a shared cache. */
export const SIGNED_IN_CACHE_CONTROL = "private, no-store";
