#!/usr/bin/env bash
# Builds in Release and runs the benchmark; prints a Markdown table and writes CSV.
#   scripts/bench.sh --quick      # up to 10,000 areas, about a minute
#   scripts/bench.sh              # up to 100,000 areas (--sizes 1000000 for the largest)
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
BUILD_DIR="${QW_BENCH_BUILD_DIR:-$QW_ROOT/build-release}"
qw_build "$BUILD_DIR" Release qw_bench quartierswerkstatt >&2  # the table alone goes to stdout
CSV="$BUILD_DIR/bench-results.csv"
"$BUILD_DIR/bench/qw_bench" --csv "$CSV" --app "$BUILD_DIR/app/quartierswerkstatt" "$@"
echo "CSV written to $CSV" >&2
