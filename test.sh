#!/usr/bin/env bash
# Installs what is missing (build and test packages), builds everything with tests into build/
# and runs every test with ctest. Widget tests run offscreen; real-window tests start their own
# Xvfb. Exits non-zero on any failure. With CI set, warnings are errors.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh"

# postgresql: the throwaway server the storage tests also run against (tests/postgres/).
TEST_PACKAGES=(
    xvfb xauth xdotool imagemagick poppler-utils x11-utils dbus-daemon postgresql
)
# Node.js and npm run the BIDS validator; a machine with its own Node.js (which bundles npm and
# conflicts with Debian's npm package) keeps it.
if ! command -v npm >/dev/null 2>&1; then
    TEST_PACKAGES+=(nodejs npm)
fi
BIDS_VALIDATOR_VERSION=1.15.0

attend_ensure_packages "${ATTEND_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
werror=OFF
[ -n "${CI:-}" ] && werror=ON
attend_configure -DBUILD_TESTING=ON -DATTEND_WERROR="$werror"
cmake --build "$ATTEND_ROOT/build"
# The official BIDS validator, for the export test (from npm, once per build folder).
validator="$ATTEND_ROOT/build/bids-validator"
if [ "$(cat "$validator/version" 2>/dev/null)" != "$BIDS_VALIDATOR_VERSION" ]; then
    npm install --prefix "$validator" --no-audit --no-fund --loglevel=error \
        "bids-validator@$BIDS_VALIDATOR_VERSION"
    echo "$BIDS_VALIDATOR_VERSION" > "$validator/version"
fi
cd "$ATTEND_ROOT/build"
ctest --output-on-failure -j2 --timeout 600
