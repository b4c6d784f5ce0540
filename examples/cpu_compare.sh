#!/usr/bin/env bash
# CPU with a running timer: the bare eframe countdown against the cockpit, with the projector
# window closed and open, one program after the other in one run under Xvfb (Mesa's software
# renderer), repeated. What README's "Benchmarks" quotes.
#
#   cargo build --release --example bare_countdown --example cockpit_cpu
#   examples/cpu_compare.sh [REPS] [SECONDS]        # defaults: 3 repetitions of 30 s each
#
# Run from the repository root (the cockpit loads ./decks). Needs Xvfb and Mesa
# (apt-get install -y xvfb xauth libgl1-mesa-dri). For each program: start it, wait 5 s for the
# window and the first frames, then count the process's utime+stime ticks (/proc/PID/stat,
# 100 per second) over SECONDS; FRAMES=1 makes the examples print one line per frame, counted
# over the same span. Prints one line per program and repetition and the ratios at the end.
set -euo pipefail
reps=${1:-3}
secs=${2:-30}
bin=${CARGO_TARGET_DIR:-target}/release/examples
display=:${CPU_DISPLAY:-77}
# Wide enough for the projector window beside the 1280-px main window.
Xvfb "$display" -screen 0 2560x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

measure() { # NAME ENV... -- PROGRAM
  local name=$1; shift
  local envs=()
  while [[ $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  local log
  log=$(mktemp)
  env "${envs[@]}" FRAMES=1 "$@" 2>"$log" >/dev/null &
  local pid=$!
  sleep 5
  local t0 f0
  t0=$(ticks "$pid")
  f0=$(grep -c '^frame' "$log" || true)
  sleep "$secs"
  local t1 f1
  t1=$(ticks "$pid")
  f1=$(grep -c '^frame' "$log" || true)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
  echo "$name $((t1 - t0)) $((f1 - f0))"
}

declare -A sum
printf '%-18s %6s %7s\n' program ticks frames
for rep in $(seq "$reps"); do
  for run in bare cockpit projector; do
    case $run in
      bare) line=$(measure bare BIG=1 -- "$bin/bare_countdown") ;;
      cockpit) line=$(measure cockpit X=1 -- "$bin/cockpit_cpu") ;;
      projector) line=$(measure projector PROJECTOR=1 -- "$bin/cockpit_cpu") ;;
    esac
    read -r n t f <<<"$line"
    printf '%-18s %6s %7s\n' "$n#$rep" "$t" "$f"
    sum[$n]=$(( ${sum[$n]:-0} + t ))
  done
done
echo "total ticks over $reps x ${secs} s: bare ${sum[bare]}, cockpit ${sum[cockpit]}, projector ${sum[projector]}"
awk -v b="${sum[bare]}" -v c="${sum[cockpit]}" -v p="${sum[projector]}" \
  'BEGIN { printf "cockpit/bare %.2f, cockpit+projector/bare %.2f\n", c / b, p / b }'
