# Real clients, sourced by bench/http/run.sh: a flood of unique tracking parameters on the achievement page
# beside its plain address (interleaved with the other runs), the portal's memory before, during and after
# the flood, and a crowd of CROWD_CONNECTIONS connections. Uses run.sh's variables (PORTAL_PORT, THREADS,
# CONNECTIONS, ENCODING, portal_pid, work, runs) and writes its part of the report with clients_report.
# shellcheck shell=bash

FLOOD_PAGE=/en/peru/achievements/2011-2012/mentors-for-rural-teachers
flood_samples="$work/flood-rss.txt"
flood_peak=0

# A returning reader with the language cookie, as in run.sh's runs; every request through tracking.lua.
flood_wrk() { # plain|flood seconds -> WRK line
  local mode=off; [ "$1" = flood ] && mode=on
  TRACKING=$mode wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" --latency -H "Accept-Encoding: $ENCODING" -H "Cookie: .Portal.Language=en" \
    -s "$BENCH_DIR/http/tracking.lua" "http://127.0.0.1:$PORTAL_PORT$FLOOD_PAGE" | grep '^WRK '
}

# Checks that a tracking parameter changes nothing (status, ETag), then records memory after IDLE s of rest.
clients_prepare() {
  local url="http://127.0.0.1:$PORTAL_PORT$FLOOD_PAGE" plain tracked
  etag() { curl -s -o /dev/null -D - -H "Accept-Encoding: $ENCODING" "$1" | tr -d '\r' | awk '/^HTTP/ { status = $2 } tolower($1) == "etag:" { tag = $2 } END { print status, tag }'; }
  plain=$(etag "$url"); tracked=$(etag "$url?utm_source=check&fbclid=IwAR0")
  bench_log "plain address: $plain; with tracking parameters: $tracked"
  [ "$plain" = "$tracked" ] || bench_log "WARNING: a tracking parameter changes the answer"
  case "$plain" in 200\ *) ;; *) bench_log "the achievement page does not answer 200: $plain"; exit 1 ;; esac
  # The first stripped query goes through code the plain warm-up did not run: JIT it before measuring.
  for n in $(seq 20); do curl -s -o /dev/null "$url?utm_source=warm$n&gclid=$n"; done
  sleep "$IDLE"
  mem_before=$(bench_mem "$portal_pid" VmRSS); hwm_before=$(bench_mem "$portal_pid" VmHWM)
  bench_reset_peak "$portal_pid"
  bench_log "before the flood (after the warm-up and ${IDLE}s idle): RSS $mem_before MiB, peak so far $hwm_before MiB"
}

# One plain run and one flood run, side by side, in round $1; memory sampled during the flood.
clients_round() {
  local mode line
  for mode in plain flood; do
    [ "$mode" = flood ] && bench_sample_mem "$portal_pid" "$flood_samples"
    line=$(flood_wrk "$mode" "$DURATION")
    if [ "$mode" = flood ]; then
      kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true
      flood_peak=$(( $(bench_sampled_peak "$flood_samples") > flood_peak ? $(bench_sampled_peak "$flood_samples") : flood_peak ))
    fi
    v() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
    errors=$(( $(v connect) + $(v read) + $(v write) + $(v timeout) + $(v status) ))
    echo "$1,achievement,portal-$mode,$(v requests),$(v rps),$(v p50_ms),$(v p99_ms),$(v max_ms),$errors," >>"$runs"
    bench_log "round $1 achievement portal, $mode (tracking.lua): $(v rps) req/s, p50 $(v p50_ms) ms, p99 $(v p99_ms) ms, errors $errors, RSS $(bench_mem "$portal_pid" VmRSS) MiB"
  done
}

# After the rounds: memory once the flood has ended, then the crowd runs.
clients_after() {
  hwm_rounds=$(bench_mem "$portal_pid" VmHWM)
  sleep "$IDLE"
  mem_after=$(bench_mem "$portal_pid" VmRSS)
  bench_log "after the flood and ${IDLE}s idle: RSS $mem_after MiB (peak during the rounds $hwm_rounds MiB)"

  crowd_runs="$ARTIFACTS_DIR/http-crowd.csv"
  echo "run,connections,requests,rps,p50_ms,p99_ms,max_ms,connect,read,write,timeout,status,rss_before_mib,rss_peak_sampled_mib,hwm_mib,rss_after_mib,load1" >"$crowd_runs"
  local run line samples="$work/crowd-rss.txt" before
  for run in $(seq "$CROWD_ROUNDS"); do
    before=$(bench_mem "$portal_pid" VmRSS)
    bench_reset_peak "$portal_pid"
    bench_sample_mem "$portal_pid" "$samples"
    line=$(wrk -t"$CROWD_THREADS" -c"$CROWD_CONNECTIONS" -d"${CROWD_DURATION}s" --timeout "${CROWD_TIMEOUT}s" --latency \
      -H "Accept-Encoding: $ENCODING" -H "Cookie: .Portal.Language=en" -s "$BENCH_DIR/report.lua" \
      "http://127.0.0.1:$PORTAL_PORT$FLOOD_PAGE" | grep '^WRK ')
    kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true
    v() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
    echo "$run,$CROWD_CONNECTIONS,$(v requests),$(v rps),$(v p50_ms),$(v p99_ms),$(v max_ms),$(v connect),$(v read),$(v write),$(v timeout),$(v status),$before,$(bench_sampled_peak "$samples"),$(bench_mem "$portal_pid" VmHWM),$(bench_mem "$portal_pid" VmRSS),$(cut -d' ' -f1 /proc/loadavg)" >>"$crowd_runs"
    bench_log "crowd $run ($CROWD_CONNECTIONS connections): $(v rps) req/s, p50 $(v p50_ms) ms, p99 $(v p99_ms) ms, max $(v max_ms) ms, errors connect $(v connect) read $(v read) write $(v write) timeout $(v timeout) status $(v status), peak RSS $(bench_mem "$portal_pid" VmHWM) MiB"
    if [ "$run" -lt "$CROWD_ROUNDS" ]; then sleep 3; fi
  done
}

# Appends the flood, memory and crowd figures, each beside its target, to the report ($1).
clients_report() {
  local table=$1 ratios ratio plain flood
  ratios=$(paste -d' ' <(col achievement portal-plain 5) <(col achievement portal-flood 5) | awk '{ printf "%.3f\n", $2 / $1 }')
  ratio=$(bench_median <<<"$ratios")
  plain=$(col achievement portal-plain 5 | bench_median); flood=$(col achievement portal-flood 5 | bench_median)
  mem_ratio=$(awk -v a="$mem_after" -v b="$mem_before" 'BEGIN { printf "%.3f", a / b }')
  {
    echo
    echo "## Tracking parameters: a flood beside the plain address"
    echo
    echo "Achievement page, wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s per run, the plain run and the flood run side by side in each of the $ROUNDS rounds above,"
    echo "both through \`bench/http/tracking.lua\` (every flood request: a unique \`?utm_source=<n>&fbclid=<random>\`, names varying over utm_source, utm_medium, utm_campaign, fbclid, gclid, mc_cid)."
    echo
    echo "| round | plain req/s | flood req/s | flood/plain | plain p99 ms | flood p99 ms | errors |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for round in $(seq "$ROUNDS"); do
      awk -F, -v r="$round" 'NR > 1 && $1 == r && $3 == "portal-plain" { p = $5; pp = $7; e += $9 } NR > 1 && $1 == r && $3 == "portal-flood" { f = $5; fp = $7; e += $9 }
        END { printf "| %d | %.0f | %.0f | %.3f | %.2f | %.2f | %d |\n", r, p, f, f / p, pp, fp, e }' "$runs"
    done
    echo
    echo "- flood/plain (median of the rounds): **$ratio**, target >= 0.8: $(verdict "$ratio" ">=" 0.8) (medians: plain $plain, flood $flood req/s)."
    echo "- Memory (VmRSS): before the flood (after the warm-up and ${IDLE}s idle) $mem_before MiB; highest sampled during the flood runs $flood_peak MiB;"
    echo "  peak (VmHWM) over the rounds $hwm_rounds MiB; after the flood (${IDLE}s idle) $mem_after MiB. after/before: **$mem_ratio**, target within 10%: $(verdict "$(awk -v r="$mem_ratio" 'BEGIN { d = r - 1; print d < 0 ? -d : d }')" "<=" 0.1)."
    echo
    echo "## A crowd: $CROWD_CONNECTIONS connections"
    echo
    echo "Achievement page, wrk -t$CROWD_THREADS -c$CROWD_CONNECTIONS --timeout ${CROWD_TIMEOUT}s, ${CROWD_DURATION}s per run, after the rounds. wrk runs on the same $(nproc) cores as the portal"
    echo "(one of its threads per core), so it takes CPU from the portal and its own queueing is part of the latency. Peak memory: VmHWM reset before each run."
    echo
    echo "| run | req/s | p50 ms | p99 ms | max ms | connect | read | write | timeout | status >= 400 | RSS before MiB | peak RSS MiB | load (1 min) |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    awk -F, 'NR > 1 { printf "| %d | %.0f | %.2f | %.2f | %.2f | %d | %d | %d | %d | %d | %d | %d | %s |\n", $1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $15, $17 }' "$crowd_runs"
    local worst_p99 errors peak
    worst_p99=$(awk -F, 'NR > 1 && $6 > m { m = $6 } END { print m + 0 }' "$crowd_runs")
    errors=$(awk -F, 'NR > 1 { s += $8 + $9 + $10 + $11 + $12 } END { print s + 0 }' "$crowd_runs")
    peak=$(awk -F, 'NR > 1 && $15 > m { m = $15 } END { print m + 0 }' "$crowd_runs")
    echo
    echo "- errors (socket, timeout, status >= 400; the address answered 200 before, and wrk sends no If-None-Match, so no other status is expected): **$errors**, target 0: $(verdict "$errors" "<=" 0)."
    echo "- p99 (worst run): **$worst_p99 ms**, target <= 250 ms: $(verdict "$worst_p99" "<=" 250)."
    echo "- peak resident memory (worst run): **$peak MiB** ($(awk -v m="$peak" 'BEGIN { printf "%.0f", m * 1.048576 }') MB), target <= 250 MB: $(verdict "$(awk -v m="$peak" 'BEGIN { print m * 1.048576 }')" "<=" 250)."
  } >>"$table"
}
