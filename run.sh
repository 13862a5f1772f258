#!/usr/bin/env bash
# Sets up and starts Attend on Debian bookworm: installs the Debian packages that are missing
# (only those), builds Release into build/ and starts the GUI on the standard database.
# Arguments are passed to attend, e.g. ./run.sh --lang zh_CN.
# test.sh sources this file for the package and build steps.
set -euo pipefail
ATTEND_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Build and run: compiler, CMake, Qt 6.4 (widgets, SQL drivers, charts, translations), Eigen,
# Boost.Math, libsodium, SQLite's headers, and CJK fonts so that the Chinese interface renders.
ATTEND_PACKAGES=(
    g++ cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql
    libeigen3-dev libboost-dev libsodium-dev libsqlite3-dev
    fonts-noto-cjk
)

attend_missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' \
            || echo "$p"
    done
}

# Installs, with apt-get, whichever of the given packages are not installed yet.
attend_ensure_packages() {
    local missing
    mapfile -t missing < <(attend_missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "run.sh: installing ${missing[*]} needs root or sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "Installing Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures build/ (Release) with the given extra CMake options.
attend_configure() {
    cmake -S "$ATTEND_ROOT" -B "$ATTEND_ROOT/build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
}

attend_main() {
    attend_ensure_packages "${ATTEND_PACKAGES[@]}"
    attend_configure
    cmake --build "$ATTEND_ROOT/build" --target attend attend-cli
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "run.sh: built build/app/attend, but there is no display to show it on (DISPLAY is not set)." >&2
        echo "run.sh: start it from a desktop session, or under Xvfb: xvfb-run -a ./run.sh" >&2
        exit 1
    fi
    exec "$ATTEND_ROOT/build/app/attend" "$@"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    attend_main "$@"
fi
