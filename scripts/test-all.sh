#!/usr/bin/env bash
# README command 2: every test (types, unit, integration, end-to-end); non-zero on any failure.
# With DATABASE_URL set, the integration tests run on that PostgreSQL server (a fresh database per file).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

install_dependencies
ensure_chromium

echo "==> type check"
npx tsc --noEmit

echo "==> lint and format (npm run lint:fix repairs what it can)"
npm run --silent lint

echo "==> unit and integration tests (${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-PGlite})"
npx vitest run

echo "==> end-to-end tests (production build; a demo and a production server, each on a fresh seeded PGlite)"
export E2E_PGLITE_DIR=".data/e2e-$(date +%s)-$$"
export E2E_PRODUCTION_PGLITE_DIR="$E2E_PGLITE_DIR-production"
(
  unset DATABASE_URL
  npx tsx scripts/ensure-env.ts
  PGLITE_DIR="$E2E_PGLITE_DIR" npx tsx db/seed-cli.ts >/dev/null
  PGLITE_DIR="$E2E_PRODUCTION_PGLITE_DIR" npx tsx db/seed-cli.ts >/dev/null
  npx next build
  npx playwright test
)
rm -rf "$E2E_PGLITE_DIR" "$E2E_PRODUCTION_PGLITE_DIR"

echo "==> two instances on one PostgreSQL"
if command -v pg_isready >/dev/null && pg_isready -h 127.0.0.1 >/dev/null 2>&1; then
  npm run test:cluster
else
  echo "skipped: no PostgreSQL answers on 127.0.0.1:5432 (pg_isready); .ci/run starts one"
fi
