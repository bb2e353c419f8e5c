#!/usr/bin/env bash
# `npm run demo`: the portal with demo data on http://localhost:3000. Uses the embedded database in
# .data/pglite unless DATABASE_URL names a PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
tsx=node_modules/.bin/tsx
$tsx scripts/db-migrate.ts
$tsx prisma/seed.ts
npx next build
echo "Involve is starting on http://localhost:${PORT:-3000} (demo accounts are listed in README.md)."
exec node scripts/start.mjs -p "${PORT:-3000}"
