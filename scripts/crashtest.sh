#!/usr/bin/env bash
# Fault runs against the program's promises (issue 19): kill -9 at a random moment of
# --new, --import and --undo-import on a Berlin-sized project, RUNS times each (default
# 20), then a full disk during --import (a small tmpfs, where this machine lets us mount
# one). After each run it checks that
#   - the project passes PRAGMA integrity_check (else: corrupted),
#   - the import is all or nothing: qw_values and qw_imports hold the figures of before or
#     of after the command, nothing between (else: half-imported; for --new: a project
#     file that exists is complete),
#   - the program opens the project again without help: --list-areas exits 0; after a
#     killed --new, --new again succeeds (else: locked out).
# The program's own check comes first: python's sqlite3 would replay a hot journal and hide
# a lock-out. Builds nothing: uses build/app/quartierswerkstatt (QW_APP to override).
# Data: berlin-lor-2021 in $QW_SHARED_DATA, else in the build's QW_SHARED_DATA_DIR, else
# /work/shared/data; without it the demo city (Musterstadt) stands in.
# Exit 1 when any run failed.
set -uo pipefail
QW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-20}"
APP="${QW_APP:-$QW_ROOT/build/app/quartierswerkstatt}"
[ -x "$APP" ] || { echo "no program at $APP: build it first (cmake --build build)"; exit 2; }
APP="$(cd "$(dirname "$APP")" && pwd)/$(basename "$APP")"

shared="${QW_SHARED_DATA:-}"
if [ -z "$shared" ] && [ -f "$QW_ROOT/build/CMakeCache.txt" ]; then
  shared="$(sed -n 's/^QW_SHARED_DATA_DIR:PATH=//p' "$QW_ROOT/build/CMakeCache.txt")"
fi
[ -d "$shared/berlin-lor-2021" ] || shared=/work/shared/data
D="$shared/berlin-lor-2021"

WORK="$(mktemp -d /tmp/qw-crashtest.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
export XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$WORK" || exit 2

if [ -f "$D/lor_planungsraeume_2021.shp" ] && [ -f "$D/mss_2021_index_indikatoren.csv" ]; then
  NEW_ARGS=(--areas "$D/lor_planungsraeume_2021.shp" --city Berlin)
  TABLE="$D/mss_2021_index_indikatoren.csv"
  echo "data: Berlin ($D)"
else
  # The demo's areas as a layer of their own, its values as a long table.
  "$APP" --demo --list-areas > /dev/null 2>&1 || { echo "the demo does not open"; exit 2; }
  demo="$(find "$XDG_DATA_HOME" -name '*.gpkg' | head -1)"
  layer="$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"select table_name from gpkg_contents where data_type='features' and table_name like '%area%' limit 1\").fetchone()[0])" "$demo")"
  NEW_ARGS=(--areas "$demo" --layer "$layer")
  python3 - "$demo" > "$WORK/demo_values.csv" << 'PY'
import csv, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
w = csv.writer(sys.stdout)
w.writerow(["key", "indicator", "period", "value"])
for row in c.execute("select a.key, i.key || '_copy', v.period, v.value from qw_values v "
                     "join qw_areas a on a.id = v.area_id join qw_indicators i on i.id = v.indicator_id"):
    w.writerow(row)
PY
  TABLE="$WORK/demo_values.csv"
  echo "data: the demo city (no berlin-lor-2021 found); areas from $demo"
fi

# counts FILE: "values imports" after SQLite's own recovery; "error" when it cannot read.
counts() {
  python3 - "$1" << 'PY'
import sqlite3, sys
try:
    c = sqlite3.connect(sys.argv[1], timeout=5)
    print(c.execute("select count(*) from qw_values").fetchone()[0],
          c.execute("select count(*) from qw_imports").fetchone()[0])
except Exception as e:
    print("error")
PY
}
integrity() {
  python3 - "$1" << 'PY'
import sqlite3, sys
try:
    c = sqlite3.connect(sys.argv[1], timeout=5)
    rows = c.execute("pragma integrity_check").fetchall()
    print("ok" if rows == [("ok",)] else "bad: " + "; ".join(r[0] for r in rows[:3]))
except Exception as e:
    print("bad: " + str(e))
PY
}
opens() { "$APP" "$1" --list-areas > "$WORK/list.log" 2>&1; }
# seconds CMD...: how long a command takes (and that it succeeds).
seconds() {
  local start end
  start="$(date +%s.%N)"
  "$@" > "$WORK/calibrate.log" 2>&1 || { echo "failed: $* (see below)" >&2; cat "$WORK/calibrate.log" >&2; return 1; }
  end="$(date +%s.%N)"
  python3 -c "print(f'{$end - $start:.3f}')"
}
# random_delay MAX: a uniform random moment in [0, MAX] seconds.
random_delay() { python3 -c "import random; print(f'{random.uniform(0, $1):.3f}')"; }
# kill_during DELAY CMD...: runs the command, kill -9 after DELAY seconds; prints "killed"
# or "finished" (it was done before).
kill_during() {
  local delay="$1"
  shift
  "$@" > "$WORK/run.log" 2>&1 &
  local pid=$!
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  # 128 + 9: the signal ended it (a process already done keeps its own exit status).
  if [ $? -eq 137 ]; then echo killed; else echo finished; fi
}

echo "calibrating (full runs; the second of each counts, with warm caches) ..."
seconds "$APP" --new warm.gpkg "${NEW_ARGS[@]}" > /dev/null || exit 2
t_new="$(seconds "$APP" --new base.gpkg "${NEW_ARGS[@]}")" || exit 2
before="$(counts base.gpkg)"
cp base.gpkg warm.gpkg && seconds "$APP" warm.gpkg --import "$TABLE" > /dev/null || exit 2
cp base.gpkg imported.gpkg
t_import="$(seconds "$APP" imported.gpkg --import "$TABLE")" || exit 2
after="$(counts imported.gpkg)"
seconds "$APP" warm.gpkg --undo-import > /dev/null || exit 2
cp imported.gpkg undone.gpkg
t_undo="$(seconds "$APP" undone.gpkg --undo-import)" || exit 2
rm -f warm.gpkg
undone="$(counts undone.gpkg)"
areas_expected="$("$APP" base.gpkg --list-areas 2> /dev/null | wc -l)"
echo "  --new ${t_new}s, --import ${t_import}s (values/imports $before -> $after), --undo-import ${t_undo}s (-> $undone)"
[ "$before" != "$after" ] || { echo "the import changed nothing: no test"; exit 2; }

runs=0 killed=0 corrupted=0 half=0 locked=0 leftovers=0
fail() { # KIND RUN WHAT DETAIL
  echo "  $1 run $2: $3${4:+ ($4)}"
  [ -n "${KEEP:-}" ] && cp "$5" "$QW_ROOT/crashtest-$1-$2.gpkg" 2> /dev/null
}
# check KIND RUN FILE BEFORE AFTER: the three checks on a project after a kill.
check() {
  local kind="$1" run="$2" file="$3" want_before="$4" want_after="$5"
  if ! opens "$file"; then
    locked=$((locked + 1))
    fail "$kind" "$run" "locked out" "$(tail -1 "$WORK/list.log")" "$file"
  fi
  local state
  state="$(integrity "$file")"
  if [ "$state" != ok ]; then
    corrupted=$((corrupted + 1))
    fail "$kind" "$run" "corrupted" "$state" "$file"
    return
  fi
  local now
  now="$(counts "$file")"
  if [ "$now" != "$want_before" ] && [ "$now" != "$want_after" ]; then
    half=$((half + 1))
    fail "$kind" "$run" "half-imported" "values/imports $now, expected $want_before or $want_after" "$file"
  fi
}

# Kill moments spread over the whole run (startup included) and a little past its end.
limit() { python3 -c "print($1 * 1.05)"; }
echo "kill -9 during --new ($RUNS runs)"
kind_killed=0
for run in $(seq 1 "$RUNS"); do
  rm -rf new && mkdir new
  result="$(kill_during "$(random_delay "$(limit "$t_new")")" "$APP" --new new/p.gpkg "${NEW_ARGS[@]}")"
  runs=$((runs + 1))
  [ "$result" = killed ] && killed=$((killed + 1)) && kind_killed=$((kind_killed + 1))
  if [ -f new/p.gpkg ]; then # moved into place only when complete
    check new "$run" new/p.gpkg "$before" "$before"
    n="$("$APP" new/p.gpkg --list-areas 2> /dev/null | wc -l)"
    if [ "$n" != "$areas_expected" ]; then
      half=$((half + 1))
      fail new "$run" "half-made" "$n of $areas_expected areas" new/p.gpkg
    fi
  elif ! "$APP" --new new/p.gpkg "${NEW_ARGS[@]}" > "$WORK/again.log" 2>&1; then
    locked=$((locked + 1))
    fail new "$run" "locked out" "--new again: $(tail -1 "$WORK/again.log")"
  fi
  # Hidden leftovers of the killed run (.part files, journals) beside the project.
  if [ "$(find new -mindepth 1 ! -name p.gpkg | wc -l)" -gt 0 ]; then
    leftovers=$((leftovers + 1))
    echo "  new run $run: left behind: $(cd new && find . -mindepth 1 ! -name p.gpkg | tr '\n' ' ')"
  fi
done
echo "  killed before the end: $kind_killed of $RUNS"

echo "kill -9 during --import ($RUNS runs)"
kind_killed=0
for run in $(seq 1 "$RUNS"); do
  cp base.gpkg run.gpkg
  result="$(kill_during "$(random_delay "$(limit "$t_import")")" "$APP" run.gpkg --import "$TABLE")"
  runs=$((runs + 1))
  [ "$result" = killed ] && killed=$((killed + 1)) && kind_killed=$((kind_killed + 1))
  check import "$run" run.gpkg "$before" "$after"
  rm -f run.gpkg run.gpkg-journal run.gpkg-wal run.gpkg-shm
done
echo "  killed before the end: $kind_killed of $RUNS"

echo "kill -9 during --undo-import ($RUNS runs)"
kind_killed=0
for run in $(seq 1 "$RUNS"); do
  cp imported.gpkg run.gpkg
  result="$(kill_during "$(random_delay "$(limit "$t_undo")")" "$APP" run.gpkg --undo-import)"
  runs=$((runs + 1))
  [ "$result" = killed ] && killed=$((killed + 1)) && kind_killed=$((kind_killed + 1))
  check undo "$run" run.gpkg "$after" "$undone"
  rm -f run.gpkg run.gpkg-journal run.gpkg-wal run.gpkg-shm
done
echo "  killed before the end: $kind_killed of $RUNS"

# A full disk: the project on a tmpfs with only SLACK KB to spare, in a mount namespace of
# our own (needs root or unprivileged user namespaces), during --import and --undo-import.
disk_runs=0
# disk_run KIND SLACK SOURCE BEFORE AFTER ARGS...: 0 when run, 3 when no tmpfs can be had.
disk_run() {
  local kind="$1" slack="$2" source="$3" want_before="$4" want_after="$5"
  shift 5
  local size
  size=$(stat -c %s "$source")
  rm -rf "$WORK/disk" "$WORK"/p.gpkg* && mkdir -p "$WORK/disk"
  unshare -r -m bash -c '
    dir="$1" source="$2" log="$3"
    shift 3
    mount -t tmpfs -o size='"$((size / 1024 + slack))"'k qwfull "$dir" || exit 3
    cp "$source" "$dir/p.gpkg" || exit 3
    "$1" "$dir/p.gpkg" "${@:2}" > "$log" 2>&1
    echo "exit $?" >> "$log"
    "$1" "$dir/p.gpkg" --list-areas > /dev/null 2>> "$log" || echo locked >> "$log"
    cp "$dir"/p.gpkg* "$dir/.."/
  ' bash "$WORK/disk" "$source" "$WORK/disk.log" "$APP" "$@" || return 3
  disk_runs=$((disk_runs + 1))
  runs=$((runs + 1))
  if grep -q '^locked' "$WORK/disk.log"; then
    locked=$((locked + 1))
    fail "disk-$kind" "$slack KB" "locked out" "$(grep -v '^locked' "$WORK/disk.log" | tail -1)"
  fi
  # The copy out of the namespace keeps a journal beside the file: SQLite's recovery of
  # what the disk held is what the next open gets.
  local state now
  state="$(integrity "$WORK/p.gpkg")"
  if [ "$state" != ok ]; then
    corrupted=$((corrupted + 1))
    fail "disk-$kind" "$slack KB" corrupted "$state"
    return 0
  fi
  now="$(counts "$WORK/p.gpkg")"
  if [ "$now" != "$want_before" ] && [ "$now" != "$want_after" ]; then
    half=$((half + 1))
    fail "disk-$kind" "$slack KB" half-imported "values/imports $now"
  fi
  return 0
}
echo "full disk during --import and --undo-import"
for slack in 32 128 512 900 1300 1700 2100 2600 5120; do
  if ! disk_run import "$slack" base.gpkg "$before" "$after" --import "$TABLE" \
    || ! disk_run undo "$slack" imported.gpkg "$after" "$undone" --undo-import; then
    echo "  skipped: cannot mount tmpfs"
    break
  fi
done

echo
echo "runs: $runs (killed before the end: $killed, full disk: $disk_runs)"
echo "corrupted: $corrupted"
echo "half-imported: $half"
echo "locked out: $locked"
echo "left files behind (--new): $leftovers"
[ $((corrupted + half + locked)) -eq 0 ]
