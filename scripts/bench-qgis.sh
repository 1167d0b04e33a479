#!/usr/bin/env bash
# Our full render beside QGIS's on the same generated GeoPackages, measured in one run:
#   scripts/bench-qgis.sh [SIZES]      (default: 542,10000,100000)
# Installs Debian's QGIS (python3-qgis, about 400 MB) when missing, builds in Release,
# generates the projects (cached in the work folder), renders each with both at
# 1920x1080 with a 5-class quantile choropleth, and prints a Markdown table with the
# ratio ours / QGIS.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
sizes="${1:-542,10000,100000}"
runs="${QW_BENCH_RUNS:-5}"
BUILD_DIR="${QW_BENCH_BUILD_DIR:-$QW_ROOT/build-release}"
WORK="${QW_BENCH_WORK:-${TMPDIR:-/tmp}/qw-bench}"
qw_install_packages python3-qgis qgis-providers
qw_build "$BUILD_DIR" Release qw_bench >&2
export QT_QPA_PLATFORM=offscreen
mkdir -p "$WORK"

# "12.3 ms" or "1.02 s" from the bench's third column, in milliseconds.
to_ms() { awk '{ v = $1; if ($2 == "s") v *= 1000; else if ($2 == "µs") v /= 1000; print v }'; }

echo "| areas | ours (median) | QGIS 3.22 (median, min – max) | ours / QGIS |"
echo "|---|---|---|---|"
for n in ${sizes//,/ }; do
  "$BUILD_DIR/bench/qw_bench" --generate "$n" --work "$WORK" >/dev/null
  ours_line="$("$BUILD_DIR/bench/qw_bench" --render-only "$n" --runs "$runs" --work "$WORK" 2>/dev/null)"
  ours_ms="$(printf '%s\n' "$ours_line" | grep "full render" | cut -f3 | to_ms)"
  # Debian's interpreter: QGIS's bindings are not in other Pythons on the PATH.
  read -r count median lo hi < <(/usr/bin/python3 "$QW_ROOT/bench/qgis_render.py" "$runs" \
    "$WORK/bench-$n.gpkg" | tail -1)
  awk -v n="$count" -v o="$ours_ms" -v m="$median" -v lo="$lo" -v hi="$hi" 'BEGIN {
    printf "| %d | %.1f ms | %.1f ms (%.1f – %.1f ms) | %.2f |\n", n, o, m * 1000, lo * 1000, hi * 1000, o / (m * 1000) }'
done
