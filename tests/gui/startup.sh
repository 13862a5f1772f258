#!/usr/bin/env bash
# Real-window start-up test: starts attend under its own Xvfb in English and in Chinese on a new
# database, waits for its window to be mapped, takes a screenshot of each and checks that the
# window is full of drawing rather than blank. Screenshots are kept for a human to look at.
# Usage: startup.sh path/to/attend screenshot-dir
set -euo pipefail
attend=$1
shots=$2
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for lang in en zh_CN; do
    export HOME="$work/home-$lang" # settings and the standard data folder stay in the sandbox
    mkdir -p "$HOME"
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        set -euo pipefail
        "$0" --lang "$1" --db "$2/attend.sqlite" &
        app=$!
        trap "kill $app 2>/dev/null || true" EXIT
        win=$(timeout 30 xdotool search --sync --onlyvisible --name "^Attend" | head -n 1)
        [ -n "$win" ] || { echo "no Attend window appeared"; exit 1; }
        sleep 1
        import -window root "$3"
        kill -0 $app || { echo "attend exited early"; exit 1; }
    ' "$attend" "$lang" "$HOME" "$shots/startup-$lang.png"
    [ -s "$HOME/attend.sqlite" ] || { echo "FAIL: no database was created for $lang"; exit 1; }
    colours=$(convert "$shots/startup-$lang.png" -format %k info:)
    echo "$lang: screenshot $shots/startup-$lang.png has $colours colours"
    [ "$colours" -gt 20 ] || { echo "FAIL: the $lang window looks blank"; exit 1; }
done
