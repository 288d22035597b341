#!/usr/bin/env bash
# README command 1: install, migrate, seed and serve the production build in demo mode on
# http://127.0.0.1:3000 (loopback only: messages are shown on /messages, not sent).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

install_dependencies
npx tsx scripts/ensure-env.ts
npx tsx db/migrate-cli.ts
# Demo mode from the seed on: it then also makes (and prints) one API key per demo shipper.
DEMO_INBOX=1 npx tsx db/seed-cli.ts | tee .data/demo-credentials.txt
echo "==> building"
npx next build
echo
cat .data/demo-credentials.txt
# A larger young generation: parsing a 100,000-package upload allocates heavily (about 25% faster).
export NODE_OPTIONS="--max-semi-space-size=32 ${NODE_OPTIONS:-}"
export DEMO_INBOX=1 NODE_ENV=production NEXTAUTH_URL="${NEXTAUTH_URL:-http://127.0.0.1:${PORT:-3000}}"
exec node server.js -p "${PORT:-3000}" -H 127.0.0.1
