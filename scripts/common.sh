#!/usr/bin/env bash
# Shared by run.sh, test.sh and bench.sh: install missing packages, configure, build.
set -euo pipefail
QW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deps.sh
source "$QW_ROOT/scripts/deps.sh"

# qw_build DIR TYPE [TARGET...]: configure once, then build (all targets, or those named).
qw_build() {
  local build_dir="$1" build_type="$2"
  shift 2
  qw_install_deps
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$QW_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
  fi
  if [ $# -gt 0 ]; then
    cmake --build "$build_dir" --parallel "$jobs" --target "$@"
  else
    cmake --build "$build_dir" --parallel "$jobs"
  fi
}
