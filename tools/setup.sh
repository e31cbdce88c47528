#!/usr/bin/env bash
# Sourced by tools/run and tools/test: installs what is missing from Debian's packages, then
# configures (once) and builds (incrementally) one CMake preset.
#   tongdao_setup <preset> <package>...
set -euo pipefail

TONGDAO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building and running need. Tests add their own (see tools/test).
TONGDAO_BUILD_PACKAGES=(cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev libpng-dev fonts-noto-cjk)

tongdao_install() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "tongdao: installing from Debian: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "tongdao: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

tongdao_setup() {
    local preset=$1
    shift
    tongdao_install "${TONGDAO_BUILD_PACKAGES[@]}" "$@"
    cd "$TONGDAO_ROOT"
    local dir=build
    [ "$preset" = default ] || dir=build-$preset
    if [ ! -f "$dir/build.ninja" ]; then
        cmake --preset "$preset" >&2
    fi
    cmake --build --preset "$preset" >&2
}
