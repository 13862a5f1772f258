#!/usr/bin/env bash
# Timing benchmark (DESIGN.md §4): runs Attend's timing check under its own Xvfb while xprobe
# (../shared/tools/xprobe.c), a software photodiode and robot responder, answers every onset
# after 250 ± 40 ms; then pairs xprobe's rows with the stored trials and prints the RT error,
# the onset figures and dropped frames. Storage runs as in a real session.
#
#   tests/bench/timing.sh            # 200 trials
#   TRIALS=60 LOAD=1 tests/bench/timing.sh   # fewer trials, one core kept busy meanwhile
#
# A second case runs a SART assessment the way a clinic script starts it (kiosk: --participant
# --exercise --no-instructions --fullscreen, KIOSK_TRIALS digits after the 18 practice digits,
# xprobe answering every digit) and reports the first trial of the run, and the first after the
# practice-done screen, on their own: a window just mapped must not get an early onset stamp.
#
# Needs a build with tests (./test.sh), Xvfb, xdotool, libx11-dev and libxtst-dev.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$root/build
trials=${TRIALS:-200}
xprobe_src=${XPROBE_SRC:-$root/../shared/tools/xprobe.c}
[ -f "$xprobe_src" ] || { echo "timing.sh: xprobe source not found at $xprobe_src (set XPROBE_SRC)" >&2; exit 1; }

cmake --build "$build" --target attend attend-cli timingreport >/dev/null
cc -O2 -o "$build/xprobe" "$xprobe_src" -lX11 -lXtst

work=$(mktemp -d)
display=99
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1
if [ -n "${LOAD:-}" ]; then
    (while :; do :; done) &
    pids+=($!)
fi
export DISPLAY=":$display" HOME="$work" QT_QPA_PLATFORM=xcb
"$build/app/attend" --db "$work/timing.sqlite" --timing-check --trials "$trials" \
    --photodiode-marker --fullscreen --quit-when-done --no-instructions 2>/dev/null &
app=$!
pids+=($app)
"$build/xprobe" 5 5 "$trials" 250 space "$work/probe.tsv" $((trials * 4 + 60)) 40
sleep 1
xdotool key space # leaves the summary screen; --quit-when-done then quits
wait "$app"
echo "Timing benchmark: $trials trials, xprobe delay 250 ± 40 ms${LOAD:+, one core busy}"
"$build/tests/bench/timingreport" "$work/timing.sqlite" "$work/probe.tsv"

# The kiosk case.
kiosk_trials=${KIOSK_TRIALS:-40}
practice=18 # the SART's practice digits (resources/parameters/sart.json)
"$build/app/cli/attend-cli" --db "$work/kiosk.sqlite" participants add P01 >/dev/null
"$build/app/attend" --db "$work/kiosk.sqlite" --participant P01 --exercise sart \
    --mode assessment --trials "$kiosk_trials" --no-instructions --quit-when-done \
    --photodiode-marker --fullscreen 2>/dev/null &
app=$!
pids+=($app)
"$build/xprobe" 5 5 "$practice" 300 space "$work/kiosk-practice.tsv" 120 40
sleep 1
xdotool key space # leaves the practice-done screen
"$build/xprobe" 5 5 "$kiosk_trials" 300 space "$work/kiosk-trials.tsv" $((kiosk_trials * 3 + 60)) 40
sleep 1
xdotool key space # leaves the summary screen
wait "$app"
{ cat "$work/kiosk-practice.tsv"; tail -n +2 "$work/kiosk-trials.tsv"; } > "$work/kiosk.tsv"
echo
echo "Kiosk case: SART assessment started without instructions, $practice practice + $kiosk_trials digits"
"$build/tests/bench/timingreport" "$work/kiosk.sqlite" "$work/kiosk.tsv" sart
