#!/usr/bin/env bash
# Fuzzes each reader of untrusted input (tests/fuzz) for SECONDS (default 60) with libFuzzer,
# starting from its seed corpus and every regression input. Configures and builds
# build-fuzz (clang, -DQW_FUZZ=ON, ASan+UBSan) when needed. Prints per target the
# executions and crashes (a crash, a sanitizer finding, a hang over 10 s or more than
# 2 GB of memory each count); every crash input is saved in tests/fuzz/regressions/TARGET,
# where the normal build's CTest runs it from then on. Exits 1 on any crash.
# Environment: QW_FUZZ_BUILD_DIR (default build-fuzz), QW_FUZZ_TARGETS (default all).
set -uo pipefail
QW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_TARGET="${1:-60}"
BUILD_DIR="${QW_FUZZ_BUILD_DIR:-$QW_ROOT/build-fuzz}"
FUZZ_DIR="$QW_ROOT/tests/fuzz"
TARGETS="${QW_FUZZ_TARGETS:-csv numbers gpkg_geometry outline_chunk saved_view header_detection}"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  launcher=()
  command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$QW_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DQW_FUZZ=ON "${launcher[@]}" > "$BUILD_DIR.configure.log" 2>&1 \
    || { cat "$BUILD_DIR.configure.log"; exit 2; }
fi
# shellcheck disable=SC2086
nice -n 19 cmake --build "$BUILD_DIR" --parallel 2 --target $(printf 'fuzz_%s ' $TARGETS) \
  || exit 2

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
failed=0
printf '%-18s %12s %8s\n' target executions crashes
for t in $TARGETS; do
  work="$BUILD_DIR/fuzz-work/$t"
  rm -rf "$work/artifacts"
  mkdir -p "$work/corpus" "$work/artifacts" "$FUZZ_DIR/regressions/$t"
  # New interesting inputs go to the work corpus; the seeds in git stay small.
  nice -n 19 "$BUILD_DIR/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
    "$work/corpus" "$FUZZ_DIR/corpus/$t" "$FUZZ_DIR/regressions/$t" > "$work/log" 2>&1
  executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)"
  if [ -z "$executions" ]; then # stopped by a crash: the last status line counts
    executions="$(grep -oE '^#[0-9]+' "$work/log" | tail -1 | tr -d '#')"
  fi
  crashes=0
  for a in "$work/artifacts"/*; do
    [ -f "$a" ] || continue
    crashes=$((crashes + 1))
    cp "$a" "$FUZZ_DIR/regressions/$t/$(basename "$a")"
  done
  printf '%-18s %12s %8s\n' "$t" "${executions:-0}" "$crashes"
  if [ "$crashes" -gt 0 ]; then
    failed=1
    grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer|UndefinedBehaviorSanitizer)|runtime error|check failed' \
      "$work/log" | sed 's/^/    /'
    grep -m3 -E '^ +#[0-9]+ .* in qw::' "$work/log" | sed 's/^/    /'
    echo "    log: $work/log; input saved in tests/fuzz/regressions/$t/"
  fi
done
exit "$failed"
