#!/usr/bin/env bash
# Soak: the Release portal on a copy of the real content under three minutes of load over several pages
# while an achievement is edited every 5 s (mostly valid edits, twice an invalid one that the next edit
# fixes). Fails (exit 1) on any socket error or status >= 400, on an edit not visible within 1 s, on
# an invalid edit that is served or not reported by /healthz, on resident memory drifting by more than
# MAX_DRIFT_PERCENT after the first minute (the first minute is warm-up: JIT, caches filling), or if the
# portal ends unhealthy.
#
#   bash bench/soak/run.sh
#
# Environment: DURATION (180), EDIT_EVERY (5), CONNECTIONS (16), PORT (5704), WARM (seconds before the
# drift is measured from, 60), MAX_DRIFT_PERCENT (10); PUBLISHED (a folder the portal was already published to, as
# bench/lib.sh publishes it, to soak that build instead of publishing this one: two builds side by side).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

DURATION=${DURATION:-180}
EDIT_EVERY=${EDIT_EVERY:-5}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-5704}
VISIBLE_WITHIN_MS=1000
WARM=${WARM:-60}
MAX_DRIFT_PERCENT=${MAX_DRIFT_PERCENT:-10}
INVALID_EDITS=" 4 8 "

bench_need wrk:wrk curl:curl
bench_temp_dir work soak
mkdir -p "$ARTIFACTS_DIR"
report="$ARTIFACTS_DIR/soak.md"

cp -r "$REPO_DIR/content" "$work/content"
page_file="$work/content/peru/achievements/2011-2012/mentors-for-rural-teachers.md"
page="/en/peru/achievements/2011-2012/mentors-for-rural-teachers"
original=$(cat "$page_file")

if [ -n "${PUBLISHED:-}" ]; then
  cp -r "$PUBLISHED" "$work/portal"
else
  bench_publish_portal "$work/portal"
fi
bench_start_portal "$work/portal" "$PORT" "$work/content" "$work/portal.db" "$work/portal.log"
bench_wait_healthy "$PORT" 120
pid=$PORTAL_PID
rss_start=$(bench_mem "$pid" VmRSS)
rss_peak=$rss_start
bench_log "portal healthy, RSS $rss_start MiB; ${DURATION}s of load, an edit every ${EDIT_EVERY}s"

export SOAK_ADDRESSES="$page /en/peru /fr/perou /en/peru/achievements /en/peru/achievements/2011-2012 /fr/perou/realisations/2011-2012/mentors-pour-enseignants-ruraux /en/peru/disbursements /en/peru/projects /en/peru/bilateral-relations /en/search?q=water /en/peru/feed.xml /en/peru/achievements.csv /sitemap.xml"
for address in $SOAK_ADDRESSES; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$address")
  [ "$status" -lt 400 ] || { bench_log "$address answers $status before the soak"; exit 1; }
done

wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency -H "Accept-Encoding: br, gzip" \
  -s "$BENCH_DIR/soak/rotate.lua" "http://127.0.0.1:$PORT" >"$work/wrk.out" 2>&1 &
wrk_pid=$!
BENCH_PIDS+=("$wrk_pid")
started=$(bench_now_ms)
# Every 0.2 s for the whole soak; the drift is read from the samples after WARM seconds.
bench_sample_mem "$pid" "$work/rss.txt"
# What the resident memory is made of, once a second: anonymous (heap, native, JIT code), file pages, shared.
(
  while [ -e "/proc/$pid/status" ]; do
    awk -v t=$(( $(bench_now_ms) - started )) '/^RssAnon:/ { a = $2 } /^RssFile:/ { f = $2 } /^RssShmem:/ { s = $2 }
      END { printf "%d %d %d %d\n", t / 1000, a / 1024, f / 1024, s / 1024 }' "/proc/$pid/status" >>"$work/parts.txt" 2>/dev/null || true
    sleep 1
  done
) &
BENCH_PIDS+=("$!")

failures=0
edits=""
# A probe that times out under load is a slow answer, not the end of the soak: the check that waits for it decides.
fetch() { curl -s -m 2 "http://127.0.0.1:$PORT$1" || true; }
# Waits until CHECK succeeds; prints the ms it took, or "never" after 5 s.
wait_for() {
  local from=$1; shift
  while ! "$@"; do
    if [ $(( $(bench_now_ms) - from )) -ge 5000 ]; then echo never; return; fi
    sleep 0.02
  done
  echo $(( $(bench_now_ms) - from ))
}
shows() { fetch "$page" | grep -qF "$1"; }
degraded() { fetch /healthz | grep -q '^Degraded'; }

edit=0
while :; do
  edit=$((edit + 1))
  due=$(( started + edit * EDIT_EVERY * 1000 ))
  [ "$due" -lt $(( started + DURATION * 1000 - 1000 )) ] || break
  while [ "$(bench_now_ms)" -lt "$due" ]; do sleep 0.05; done
  rss=$(bench_mem "$pid" VmRSS)
  [ "$rss" -gt "$rss_peak" ] && rss_peak=$rss
  if [[ "$INVALID_EDITS" == *" $edit "* ]]; then
    # An unknown key is an error: the portal must keep serving the last good text and say so on /healthz.
    text="Soak edit $edit, never served."
    printf '%s\n\n%s\n' "${original/reference: country-profile/reference: country-profile
colour: red}" "$text" >"$page_file"
    written=$(bench_now_ms)
    ms=$(wait_for "$written" degraded)
    served=no
    shows "$text" && served=yes
    status=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$page" || true)
    result="ok"
    if [ "$ms" = never ] || [ "$ms" -gt "$VISIBLE_WITHIN_MS" ] || [ "$served" = yes ] || [ "$status" != 200 ]; then
      result="FAILED"; failures=$((failures + 1))
    fi
    edits+="| $edit | invalid (unknown key) | /healthz Degraded after $ms ms; page $status, new text served: $served | $rss | $result |"$'\n'
  else
    text="Soak edit $edit: the mentors met again."
    printf '%s\n\n%s\n' "$original" "$text" >"$page_file"
    written=$(bench_now_ms)
    ms=$(wait_for "$written" shows "$text")
    healthy=$(fetch /healthz | head -1)
    result="ok"
    if [ "$ms" = never ] || [ "$ms" -gt "$VISIBLE_WITHIN_MS" ]; then
      result="FAILED"; failures=$((failures + 1))
    fi
    edits+="| $edit | valid | new text served after $ms ms; /healthz $healthy | $rss | $result |"$'\n'
  fi
  bench_log "edit $edit: $(tail -1 <<<"${edits%$'\n'}")"
done

wait "$wrk_pid" || true
kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true
# Drift after the first minute: the lowest and highest RSS sampled from WARM seconds on, against the RSS at
# WARM seconds (5 samples a second). Only measured when the soak lasts longer than WARM.
warm_sample=$(( WARM * 5 + 1 ))
drift_line="not measured (DURATION ${DURATION}s is not longer than WARM ${WARM}s)"
drift_ok=yes
if [ "$(wc -l <"$work/rss.txt")" -gt "$warm_sample" ]; then
  read -r rss_warm rss_warm_min rss_warm_max drift < <(awk -v from="$warm_sample" 'NR == from { w = $1; lo = $1; hi = $1 }
    NR > from { if ($1 < lo) lo = $1; if ($1 > hi) hi = $1 }
    END { up = (hi - w) / w * 100; down = (w - lo) / w * 100; printf "%.0f %.0f %.0f %.1f\n", w / 1024, lo / 1024, hi / 1024, (up > down ? up : down) }' "$work/rss.txt")
  drift_ok=$(awk -v d="$drift" -v m="$MAX_DRIFT_PERCENT" 'BEGIN { print (d <= m) ? "yes" : "no" }')
  drift_line="$drift% (RSS $rss_warm MiB at ${WARM}s, then $rss_warm_min to $rss_warm_max MiB; target at most $MAX_DRIFT_PERCENT%): $([ "$drift_ok" = yes ] && echo met || echo FAILED)"
fi
# RssAnon, RssFile and RssShmem at WARM seconds and at the end, with the lowest and highest of each after WARM.
parts_line=$(awk -v from="$WARM" '$1 >= from { if (!n++) { a0 = $2; f0 = $3; s0 = $4; alo = ahi = $2; flo = fhi = $3; slo = shi = $4 }
  if ($2 < alo) alo = $2; if ($2 > ahi) ahi = $2; if ($3 < flo) flo = $3; if ($3 > fhi) fhi = $3; if ($4 < slo) slo = $4; if ($4 > shi) shi = $4
  a = $2; f = $3; s = $4 }
  END { if (n) printf "anonymous %d → %d (%d to %d), file %d → %d (%d to %d), shared %d → %d (%d to %d)", a0, a, alo, ahi, f0, f, flo, fhi, s0, s, slo, shi }' "$work/parts.txt" 2>/dev/null || true)
# The reload's own time per edit, when the portal logs it (run with the watcher's category at Information:
# env 'Serilog__MinimumLevel__Override__Peru.Portal.Web.Content.ContentWatcher=Information' bash bench/soak/run.sh).
reloads=$(grep -o 'Reloaded: .*' "$work/portal.log" 2>/dev/null || true)
line=$(grep '^WRK ' "$work/wrk.out" || true)
[ -n "$line" ] || { cat "$work/wrk.out" >&2; exit 1; }
v() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
socket_errors=$(( $(v connect) + $(v read) + $(v write) + $(v timeout) ))
status_errors=$(v status)
rss_end=$(bench_mem "$pid" VmRSS)
[ "$rss_end" -gt "$rss_peak" ] && rss_peak=$rss_end
hwm=$(bench_mem "$pid" VmHWM)
final_health=$(fetch /healthz | head -1)
[ "$socket_errors" -eq 0 ] || failures=$((failures + 1))
[ "$status_errors" -eq 0 ] || failures=$((failures + 1))
[ "$final_health" = Healthy ] || failures=$((failures + 1))
[ "$drift_ok" = yes ] || failures=$((failures + 1))
[ "$(bench_sampled_peak "$work/rss.txt")" -gt "$rss_peak" ] && rss_peak=$(bench_sampled_peak "$work/rss.txt")

{
  echo "Soak, $(date -u +%Y-%m-%d), $(bench_machine)"
  echo "Load average (1, 5, 15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s over $(wc -w <<<"$SOAK_ADDRESSES") addresses in turn, an edit of \`$page\` every ${EDIT_EVERY}s."
  echo
  echo "| figure | value |"
  echo "| --- | ---: |"
  echo "| requests | $(v requests) ($(v rps) req/s, p50 $(v p50_ms) ms, p99 $(v p99_ms) ms, max $(v max_ms) ms) |"
  echo "| socket errors (connect, read, write, timeout) | $socket_errors |"
  echo "| statuses >= 400 | $status_errors |"
  echo "| RSS at start, MiB | $rss_start |"
  echo "| RSS at end, MiB | $rss_end |"
  echo "| highest RSS sampled during the soak, MiB | $rss_peak |"
  echo "| peak RSS of the process (VmHWM), MiB | $hwm |"
  echo "| RSS drift after the first ${WARM}s | $drift_line |"
  echo "| parts of RSS from ${WARM}s to the end, MiB | ${parts_line:-not sampled} |"
  echo "| /healthz at the end | $final_health |"
  echo
  echo "| edit | kind | what the portal did | RSS before the edit, MiB | result |"
  echo "| ---: | --- | --- | ---: | --- |"
  printf '%s' "$edits"
  echo
  if [ -n "$reloads" ]; then
    echo "Each reload's own steps, from the log:"
    echo
    sed 's/^/    /' <<<"$reloads"
    echo
  fi
  if [ "$failures" -eq 0 ]; then echo "PASSED"; else echo "FAILED: $failures check(s)"; fi
} >"$report"
echo
cat "$report"
echo
echo "written: ${report#"$REPO_DIR"/}"
[ "$failures" -eq 0 ]
