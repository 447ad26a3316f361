#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (tests/test_web_browser.py) and the
# Playwright Python package into the project venv. Playwright's own browser download
# is never used: the tests drive /usr/bin/chromium.
set -euo pipefail

if [ ! -x /usr/bin/chromium ]; then
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
fi

PY="${PYTHON:-$(dirname "$0")/../.venv/bin/python}"
if [ -x "$PY" ] && ! "$PY" -c "import playwright" 2>/dev/null; then
    "$PY" -m pip install "playwright>=1.45"
fi
/usr/bin/chromium --version || true
