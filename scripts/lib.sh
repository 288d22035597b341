# Shared steps of the README commands and CI. Sourced, not run.

export NEXT_TELEMETRY_DISABLED=1

install_dependencies() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "==> installing dependencies"
    npm ci --no-audit --no-fund
  fi
}

# Playwright cannot download its own browser here: use one that is installed, or Debian's chromium.
ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return; fi
  if [ -x /usr/bin/chromium ]; then return; fi
  if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-*/chrome-linux/chrome >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing Debian's chromium for the end-to-end tests"
    apt-get install -y chromium >/dev/null || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
  else
    echo "No Chromium found. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH, then run again." >&2
    exit 1
  fi
}
