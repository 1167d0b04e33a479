#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds, and runs every test with CTest.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
BUILD_DIR="${QW_BUILD_DIR:-$QW_ROOT/build}"
qw_build "$BUILD_DIR" RelWithDebInfo
cd "$BUILD_DIR"
export QT_QPA_PLATFORM=offscreen
# Tests write settings and the demo project into a throwaway home, never the user's.
QW_TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$QW_TEST_HOME"' EXIT
export XDG_DATA_HOME="$QW_TEST_HOME/data" XDG_CONFIG_HOME="$QW_TEST_HOME/config"
export XDG_RUNTIME_DIR="$QW_TEST_HOME/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
ctest --output-on-failure --timeout 600 "$@"
