#!/usr/bin/env bash
# `npm test`: every check, on the embedded database; with TEST_POSTGRES_URL (a server login, as CI
# sets) the integration tests also run on PostgreSQL and the end-to-end tests use it.
# Runs every step even after a failure, then prints one line: "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
unset DATABASE_URL
results=()
# Playwright empties test-results/ when it starts, so every runner reports here instead.
reports=.test-reports
rm -rf "$reports"
mkdir -p "$reports"
tsx=node_modules/.bin/tsx

step() { # name, command...
  local name=$1; shift
  echo "::: $name"
  if "$@"; then results+=("$name=ok"); else results+=("$name=failed"); fi
}

step typecheck npx tsc --noEmit
step lint npx eslint . --max-warnings 0
step format npx prettier --check . --log-level warn

echo "::: unit and integration tests (embedded PostgreSQL)"
npx vitest run --reporter=default --reporter=json --outputFile="$reports/vitest-pglite.json"
results+=("vitest:$reports/vitest-pglite.json")

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "::: integration tests (PostgreSQL server)"
  if test_url=$($tsx scripts/test-db.ts "${TEST_DB_PREFIX:-involve}_test"); then
    DATABASE_URL=$test_url npx vitest run --project integration --reporter=default --reporter=json \
      --outputFile="$reports/vitest-postgres.json"
  fi
  results+=("vitest:$reports/vitest-postgres.json")
fi

step build npx next build

echo "::: end-to-end tests"
e2e_env=()
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  e2e_env=("DATABASE_URL=$($tsx scripts/test-db.ts "${TEST_DB_PREFIX:-involve}_e2e" || echo unavailable)")
else
  rm -rf .data/e2e
  e2e_env=("PGLITE_DIR=.data/e2e")
fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is missing: install it with 'sudo apt-get install -y chromium' (never 'npx playwright install')."
elif env "${e2e_env[@]}" $tsx scripts/db-migrate.ts && env "${e2e_env[@]}" $tsx prisma/seed.ts; then
  env "${e2e_env[@]}" npx playwright test
fi
results+=("playwright:$reports/e2e.json")

# The attacker's requests (issues 13 and 22) against the production build on the end-to-end database, after the
# journeys: its guessing attack and feedback burst leave limits behind that a journey should not meet.
step probe env "${e2e_env[@]}" $tsx scripts/probe.ts --start

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  # Two app servers on the end-to-end database: shared sessions, scheduled jobs claimed once.
  step two-servers env "${e2e_env[@]}" $tsx scripts/two-servers.ts
fi

$tsx scripts/test-summary.ts "${results[@]}"
