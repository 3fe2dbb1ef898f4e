#!/usr/bin/env bash
# Launch to a healthy /healthz: the portal (ReadyToRun publish, as docs/deployment.md recommends) on the real content,
# with a new store and restarted on the same store, beside a minimal Kestrel app published the same way, interleaved.
#   bash bench/startup/run.sh          STARTS (5), PORT (5705)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

STARTS=${STARTS:-5}
PORT=${PORT:-5705}
bench_need curl:curl
bench_temp_dir work startup
mkdir -p "$ARTIFACTS_DIR"
report="$ARTIFACTS_DIR/startup.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
bench_publish_portal "$work/portal"
bench_log "publishing the minimal app (Release, ReadyToRun)"
dotnet publish "$BENCH_DIR/startup" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/minimal" -nologo -v quiet >"$work/minimal.log" 2>&1 || { cat "$work/minimal.log" >&2; exit 1; }

# One launch: prints "ms cpu_ms rss_mib" and stops the process.
launch() { # kind db
  local started pid
  started=$(bench_now_ms)
  if [ "$1" = minimal ]; then
    ( cd "$work/minimal" && ASPNETCORE_URLS="http://127.0.0.1:$PORT" Logging__LogLevel__Default=Warning exec dotnet Peru.Portal.StartupReference.dll >"$work/minimal-run.log" 2>&1 ) &
    PORTAL_PID=$!
    BENCH_PIDS+=("$PORTAL_PID")
  else
    bench_start_portal "$work/portal" "$PORT" "$REPO_DIR/content" "$2" "$work/portal.log"
  fi
  bench_wait_healthy "$PORT" 120
  pid=$PORTAL_PID
  echo "$(( $(bench_now_ms) - started )) $(bench_cpu_ms "$pid") $(bench_mem "$pid" VmRSS)"
  bench_stop "$pid"
}

launch portal "$work/reused.db" >/dev/null # the store the restarts reuse
declare -A ms cpu rss
for i in $(seq "$STARTS"); do
  for kind in minimal new reused; do
    db="$work/reused.db"
    [ "$kind" = new ] && db="$work/new-$i.db"
    read -r m c r < <(launch "$kind" "$db")
    ms[$kind]+="$m "; cpu[$kind]+="$c "; rss[$kind]+="$r "
    bench_log "$kind: healthy after $m ms, $c ms CPU, RSS $r MiB"
  done
done
median() { tr ' ' '\n' <<<"$1" | grep . | bench_median; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "Start-up benchmark, $(date -u +%Y-%m-%d), $(bench_machine)"
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after."
  echo
  echo "From launching \`dotnet X.dll\` (ReadyToRun publish) to \`/healthz\` answering Healthy, $STARTS interleaved rounds:"
  echo
  echo "| what | median ms | runs ms | median CPU ms | RSS MiB | ÷ minimal app |"
  echo "| --- | ---: | --- | ---: | ---: | ---: |"
  base=$(median "${ms[minimal]}")
  for kind in minimal new reused; do
    m=$(median "${ms[$kind]}")
    label=$kind
    [ "$kind" = minimal ] && label="minimal Kestrel app (\`bench/startup\`)"
    [ "$kind" = new ] && label="portal, real content, new store"
    [ "$kind" = reused ] && label="portal, real content, restart on the same store"
    echo "| $label | $m | ${ms[$kind]} | $(median "${cpu[$kind]}") | $(median "${rss[$kind]}") | $(awk -v a="$m" -v b="$base" 'BEGIN { printf "%.1f", a / b }') |"
  done
  echo
  echo "Target: 1.0 s. The portal's own breakdown is its \`Started:\` log line (Information level)."
} >"$report"
cat "$report"
echo "written: ${report#"$REPO_DIR"/}"
