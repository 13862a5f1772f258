#!/usr/bin/env bash
# Large-database benchmark (issue: streaming export): builds a database of about TARGET trials
# (default 1 000 000) reproducibly — `attend-cli simulate` with a fixed seed, then copies of its
# participants made in SQL, each copy a new participant (code C<k><code>, its own UUIDs, made
# from the copy's number and the original id so that none can meet a random one) with
# the same sessions and trials, a copy after the other, so that a session's trials lie together
# in the file as when they are recorded — and prints, side by side, wall time (best of REPEAT,
# default 3) and peak memory of:
# the plain sqlite3 dump of the trials table to a CSV file; `attend-cli export` as CSV, JSON and BIDS;
# `attend-cli check` and `PRAGMA integrity_check`; then the app's pages (pagebench): start to a
# usable participant list, the progress page of a person with 50 sessions, that person's PDF.
#
#   tests/bench/scale.sh                  # about 1 000 000 trials
#   TARGET=200000 tests/bench/scale.sh    # smaller
#   KEEP=/tmp/big.sqlite tests/bench/scale.sh   # keep the database for other measurements
#   REPEAT=1 tests/bench/scale.sh         # each command once (quicker, noisier)
#   DB=/tmp/big.sqlite tests/bench/scale.sh     # time a database kept before (not changed)
#
# Needs a build (./test.sh), sqlite3 and GNU time (/usr/bin/time).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=$root/build/app/cli/attend-cli
target=${TARGET:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/scale.sqlite
export QT_QPA_PLATFORM=offscreen HOME=$work

cmake --build "$root/build" --target attend-cli pagebench >/dev/null
build_database() {
    echo "Building the database (seed: 2 people x 2 sessions x every exercise, seed 7)..."
    "$cli" --db "$db" simulate --participants 2 --sessions 2 --exercise all --seed 7 >/dev/null
    seed_trials=$(sqlite3 "$db" "SELECT count(*) FROM trials")
    copies=$(((target + seed_trials - 1) / seed_trials - 1))
    sqlite3 "$db" <<SQL
PRAGMA foreign_keys = ON;
CREATE TEMP TABLE k AS WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n
    WHERE k < $copies) SELECT k FROM n;
CREATE TEMP TABLE span AS SELECT (SELECT max(id) FROM participants) AS p,
                                 (SELECT max(id) FROM sessions) AS s;
BEGIN;
INSERT INTO participants (id, code, display_name, created_at, uuid)
    SELECT id + k * span.p, printf('C%04d', k) || code, '', created_at,
           printf('%08x-0000-4000-8000-%012x', k, id)
    FROM participants, k, span WHERE id <= span.p ORDER BY k, id;
INSERT INTO sessions (id, participant_id, exercise, mode, status, started_at, ended_at,
                      app_version, build_id, parameters_json, platform_json, rng_seed,
                      presentation_path, refresh_mean_ms, refresh_sd_ms, dropped_frames,
                      summary_json, uuid, metrics_version)
    SELECT id + k * span.s, participant_id + k * span.p, exercise, mode, status, started_at,
           ended_at, app_version, build_id, parameters_json, platform_json, rng_seed,
           presentation_path, refresh_mean_ms, refresh_sd_ms, dropped_frames, summary_json,
           printf('%08x-0001-4000-8000-%012x', k, id), metrics_version
    FROM sessions, k, span WHERE id <= span.s ORDER BY k, id;
INSERT INTO trials (session_id, block, trial_index, practice, condition, difficulty,
                    stimulus_json, requested_onset_ns, onset_ns, frames_shown, response,
                    response_ns, rt_ms, correct, flags, predicted_correct, predicted_rt_ms,
                    controller_rule)
    SELECT session_id + k * span.s, block, trial_index, practice, condition, difficulty,
           stimulus_json, requested_onset_ns, onset_ns, frames_shown, response, response_ns,
           rt_ms, correct, flags, predicted_correct, predicted_rt_ms, controller_rule
    FROM trials, k, span WHERE session_id <= span.s ORDER BY k, trials.id;
COMMIT;
SQL
    echo "Adding one person with 50 SART sessions (seed 9), for the progress page..."
    "$cli" --db "$db" simulate --participants 1 --sessions 50 --exercise sart --seed 9 >/dev/null
}
if [ -n "${DB:-}" ]; then db=$DB; else build_database; fi
echo "trials: $(sqlite3 "$db" "SELECT count(*) FROM trials"), sessions:" \
    "$(sqlite3 "$db" "SELECT count(*) FROM sessions"), participants:" \
    "$(sqlite3 "$db" "SELECT count(*) FROM participants"), file: $(du -h "$db" | cut -f1)"

# The commands run in REPEAT rounds (default 3), every command once a round. This machine's speed
# drifts by 10-20 % from minute to minute, so each command that is compared with another runs
# right after it (each export after a dump of its own, the check after an integrity check) and
# its ratio is that pair's; printed are the best wall time (the least disturbed run), the
# highest peak memory and the median of the rounds' ratios (the issue's targets are ratios).
# Exports write to $work/out, emptied before each run.
repeat=${REPEAT:-3}
names=("sqlite3 dump of trials to CSV" "attend-cli export --format csv"
    "attend-cli export --format json" "attend-cli export --format bids"
    "PRAGMA integrity_check" "attend-cli check")
# The dump is written to a file on the same disk, as the exports write theirs (to /dev/null it
# would be spared writing its 400 MB).
cmd0=(sh -c 'sqlite3 -csv -header "$1" "SELECT * FROM trials" >"$2"' dump "$db" "$work/out.csv")
cmd1=("$cli" --db "$db" export --format csv --out "$work/out")
cmd2=("$cli" --db "$db" export --format json --out "$work/out")
cmd3=("$cli" --db "$db" export --format bids --out "$work/out")
cmd4=(sqlite3 "$db" "PRAGMA integrity_check")
cmd5=("$cli" --db "$db" check)
labels=(dump csv json bids integrity_check check)
baseline=(- 0 0 0 - 4) # the command each is paired with; - for none
declare -a best peak ratios
timed() { # I: runs command I, notes its time in $seconds and its best time and peak memory
    declare -n cmd=cmd$1
    rm -rf "$work/out" "$work/out.csv"
    /usr/bin/time -f "%e %M" -o "$work/time" "${cmd[@]}" >/dev/null 2>"$work/err" ||
        { echo "${names[$1]} failed:"; cat "$work/err"; exit 1; }
    read -r seconds kb <"$work/time"
    best[$1]=$(awk -v a="${best[$1]:-$seconds}" -v b="$seconds" 'BEGIN { print (b < a ? b : a) }')
    peak[$1]=$((kb > ${peak[$1]:-0} ? kb : ${peak[$1]:-0}))
}
for _ in $(seq "$repeat"); do
    for i in "${!names[@]}"; do
        [ "${baseline[$i]}" = - ] && { timed "$i"; continue; }
        timed "${baseline[$i]}"
        before=$seconds
        timed "$i"
        ratios[i]+=" $(awk -v a="$seconds" -v b="$before" 'BEGIN { print a / b }')"
    done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END {
    print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo
printf "%-34s %9s %12s  %s\n" "command" "best wall" "peak memory" "median ratio of $repeat rounds"
for i in "${!names[@]}"; do
    ratio=
    [ "${baseline[$i]}" != - ] && ratio=$(printf "%.2fx %s" "$(median <<<"${ratios[i]}")" \
        "${labels[${baseline[$i]}]}")
    printf "%-34s %7.2f s %9.0f MB  %s\n" "${names[$i]}" "${best[i]}" "$((peak[i] / 1024))" "$ratio"
done
echo
echo "The app's pages on this database (in-process, offscreen; tests/bench/pagebench.cpp):"
"$root/build/tests/bench/pagebench" "$db" 2>/dev/null
/usr/bin/time -f "%e %M" -o "$work/time" "$root/build/tests/bench/pagebench" "$db" >/dev/null 2>&1
read -r seconds kb <"$work/time"
printf "%-34s %7.2f s %9.0f MB\n" "pagebench (all three, one process)" "$seconds" \
    "$((kb / 1024))"
if [ -n "${KEEP:-}" ]; then cp "$db" "$KEEP"; fi
