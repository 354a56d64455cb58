#!/usr/bin/env bash
# Makes sure a Chromium for Playwright exists (Playwright cannot download browsers here).
# Uses $CHROMIUM_PATH or /usr/bin/chromium; as root on Debian/Ubuntu it installs Debian's package.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $path: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi
cat >&2 <<MSG
No Chromium found at $path.
Install one (Debian/Ubuntu, as root: apt-get install -y chromium) or point CHROMIUM_PATH at a
Chromium or Chrome binary, then run the tests again.
MSG
exit 1
