#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds, and opens the demo city Musterstadt.
# With arguments, they go to the program instead: scripts/run.sh --demo --screenshot shot.png
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
BUILD_DIR="${QW_BUILD_DIR:-$QW_ROOT/build}"
qw_build "$BUILD_DIR" RelWithDebInfo
if [ $# -eq 0 ]; then
  set -- --demo
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting under xvfb-run (set QT_QPA_PLATFORM=offscreen for screenshots)." >&2
  exec xvfb-run -a "$BUILD_DIR/app/quartierswerkstatt" "$@"
fi
exec "$BUILD_DIR/app/quartierswerkstatt" "$@"
