#!/usr/bin/env bash
# Headless Chromium for the report test (lightning/test/gate.e2e.test.ts): the Debian package `chromium`.
# Idempotent: does nothing when /usr/bin/chromium exists; installs with apt-get as root or through sudo.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "install-chromium: no apt-get here; install Chromium and set CHROMIUM_PATH for the report test" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "install-chromium: not root and no sudo: install the Debian package chromium for the report test" >&2
    exit 0
  fi
fi
echo "install-chromium: installing the Debian package chromium" >&2
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >&2
