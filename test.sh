#!/usr/bin/env bash
# Installs what is missing (build and test packages), builds Release into build/ and, with the
# sanitizers, into build-sanitize/, and runs every test with ctest in one of the two (below).
# Widget tests run offscreen; real-window tests start their own Xvfb. Exits non-zero on any
# failure. With CI set, warnings are errors.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh"

# postgresql: the throwaway server the storage tests also run against (tests/postgres/);
# openssl makes its TLS certificates.
TEST_PACKAGES=(
    xvfb xauth xdotool imagemagick poppler-utils x11-utils dbus-daemon postgresql openssl
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
# Two builds (README, "Tests"). The tests labelled `sanitized` — every test without windows or
# the widgets library — run in a second build with AddressSanitizer (leaks included) and
# UndefinedBehaviorSanitizer, where any report stops its program and so fails the run; the
# Release build runs the rest (windows, the app's command line, the interval-coverage
# simulations) and compiles the benchmarks. ATTEND_SANITIZE=0: one Release build runs all.
sanitize="${ATTEND_SANITIZE:-1}"
attend_configure -DBUILD_TESTING=ON -DATTEND_WERROR="$werror"
if [ "$sanitize" = 0 ]; then
    cmake --build "$ATTEND_ROOT/build"
else
    cmake --build "$ATTEND_ROOT/build" --target attend attend-cli attend_release_tests
fi
# The official BIDS validator, for the export test (from npm, once per build folder).
validator="$ATTEND_ROOT/build/bids-validator"
if [ "$(cat "$validator/version" 2>/dev/null)" != "$BIDS_VALIDATOR_VERSION" ]; then
    npm install --prefix "$validator" --no-audit --no-fund --loglevel=error \
        "bids-validator@$BIDS_VALIDATOR_VERSION"
    echo "$BIDS_VALIDATOR_VERSION" > "$validator/version"
fi
cd "$ATTEND_ROOT/build"
if [ "$sanitize" = 0 ]; then
    ctest --output-on-failure -j2 --timeout 600
    exit 0
fi
ctest --output-on-failure -j2 --timeout 600 -LE sanitized

# -O1 runs the tests as fast as -O2 under the sanitizers and builds faster, as does a unity
# build (8 sources a unit); -g1 gives reports their lines.
sanitized="$ATTEND_ROOT/build-sanitize"
cmake -S "$ATTEND_ROOT" -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DCMAKE_UNITY_BUILD=ON -DENABLE_SANITIZERS=ON \
    -DBUILD_TESTING=ON \
    -DATTEND_WERROR="$werror" >/dev/null
cmake --build "$sanitized" --target attend_sanitized_tests
ln -sfn "$validator" "$sanitized/bids-validator"
cd "$sanitized"
ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=0 \
UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure -j2 --timeout 3600 -L sanitized
