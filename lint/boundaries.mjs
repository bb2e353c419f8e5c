// Import boundaries, enforced by ESLint's own no-restricted-imports so that every new domain is covered by
// globs alone (docs/decisions/0010-import-boundaries.md; tests/unit/lint-boundaries.test.ts).
//
// Layers: app/ (pages, route handlers, actions) sits on top; components/ and lib/ never import app/.
// A domain is a folder lib/<domain>/. Its public surface is the files directly in that folder (queries.ts,
// schemas.ts, labels.ts, rules.ts, one file per use case); anything in a folder nested inside it is internal.
// So, in lib/ and components/:
// - `@/lib/<domain>/<folder>/...` is refused: nobody reaches into a domain's nested folder by its full path,
//   not even the domain itself, which uses a relative path ("./rounds/close-round");
// - a relative path that climbs out of its own domain ("../people/...") is refused: other domains are
//   reached by "@/lib/<domain>/<file>", which the first rule checks.
// lib/generated (the Prisma client) is a library, not a domain, so its nested paths are allowed.

const APP = {
  regex: "^(@/app(/|$)|(\\.\\./)+app(/|$))",
  message: "Only app/ imports app/: move what you need into lib/ (a use case) or components/ (a view).",
};

const DOMAIN_INTERNALS = {
  regex: "^@/lib/(?!generated/)[^/]+/[^/]+/",
  message:
    "That file is internal to its domain (it sits in a nested folder). Import the domain's public files " +
    "(queries, schemas, labels, rules, use cases) in lib/<domain>/, or, inside the same domain, use a relative path.",
};

const climbOut = (levels) => ({
  regex: `^(\\.\\./){${levels}}`,
  message: "This relative import leaves its domain: import another domain as @/lib/<domain>/<file>.",
});

const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const SOURCES = "{ts,tsx,js,mjs}";

/** Flat-config blocks; a file in lib/<domain>/ nested N folders deep may climb N levels, no further. */
export const importBoundaries = [
  { files: [`components/**/*.${SOURCES}`, `lib/*.${SOURCES}`], rules: restrict(APP, DOMAIN_INTERNALS) },
  ...[1, 2, 3, 4].map((depth) => ({
    files: [`lib/${"*/".repeat(depth)}*.${SOURCES}`],
    ignores: ["lib/generated/**"],
    rules: restrict(APP, DOMAIN_INTERNALS, climbOut(depth)),
  })),
];
