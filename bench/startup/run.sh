#!/usr/bin/env bash
# Launch to a healthy /healthz: the portal (published as docs/deployment.md recommends) on the real content,
# with a new store and restarted on the same store, beside a minimal Kestrel app published the same way, interleaved.
#   bash bench/startup/run.sh          STARTS (5), PORT (5705), PUBLISH (composite: self-contained, one composite
#                                      ReadyToRun image of the runtime and the app, as docs/deployment.md recommends;
#                                      r2r: framework-dependent ReadyToRun, the publish recommended before),
#                                      BENCH_PUBLISHED (the portal already published as composite: see bench/lib.sh)
# Each portal launch logs its own breakdown (the `Started:` line); the report gives that of the median launch.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

STARTS=${STARTS:-5}
PORT=${PORT:-5705}
PUBLISH=${PUBLISH:-composite}
bench_need curl:curl
bench_temp_dir work startup
mkdir -p "$ARTIFACTS_DIR"
report="$ARTIFACTS_DIR/startup.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Publishes PROJECT into DIR the way PUBLISH names, the portal and the minimal app alike.
publish() { # project dir
  local flags=(--self-contained false -p:PublishReadyToRun=true)
  [ "$PUBLISH" = composite ] && flags=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true)
  bench_log "publishing $(basename "$1") (Release, $PUBLISH)"
  dotnet publish "$1" -c Release -r linux-x64 "${flags[@]}" -o "$2" -nologo -v quiet >"$2.log" 2>&1 || { cat "$2.log" >&2; exit 1; }
}
if [ "$PUBLISH" = composite ] && [ -n "${BENCH_PUBLISHED:-}" ]; then
  bench_publish_portal "$work/portal" # the build already published (see bench/lib.sh)
else
  publish "$REPO_DIR/src/Peru.Portal.Web" "$work/portal"
fi
publish "$BENCH_DIR/startup" "$work/minimal"
# A self-contained publish runs through its own launcher, with the runtime it carries.
launcher() { if [ "$PUBLISH" = composite ]; then echo "./$1"; else echo "dotnet $1.dll"; fi; }

# As bench_start_portal, with the start-up category at Information so the `Started:` line is written.
start_portal() { # db log
  (
    cd "$work/portal"
    exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
      ConnectionStrings__Portal="Data Source=$1" Portal__ContentPath="$REPO_DIR/content" \
      Portal__BaseUrl="http://127.0.0.1:$PORT" Serilog__MinimumLevel__Default=Warning \
      Serilog__MinimumLevel__Override__Peru.Portal.Web.Startup=Information MALLOC_ARENA_MAX=2 \
      $(launcher Peru.Portal.Web) >"$2" 2>&1
  ) &
  PORTAL_PID=$!
  BENCH_PIDS+=("$PORTAL_PID")
}

# One launch: prints "ms cpu_ms rss_mib" and stops the process.
launch() { # kind db
  local started pid log
  started=$(bench_now_ms)
  if [ "$1" = minimal ]; then
    ( cd "$work/minimal" && ASPNETCORE_URLS="http://127.0.0.1:$PORT" Logging__LogLevel__Default=Warning exec $(launcher Peru.Portal.StartupReference) >"$work/minimal-run.log" 2>&1 ) &
    PORTAL_PID=$!
    BENCH_PIDS+=("$PORTAL_PID")
  else
    # A log of its own, so that the report can give the breakdown of any launch, the median one.
    log="$work/portal-$1-$3.log"
    start_portal "$2" "$log"
  fi
  bench_wait_healthy "$PORT" 120
  pid=$PORTAL_PID
  echo "$(( $(bench_now_ms) - started )) $(bench_cpu_ms "$pid") $(bench_mem "$pid" VmRSS)"
  # The line is written once the server has started, which can be just after the first answer.
  # EF Core's first query is warmed once the server listens: wait for it too, so its line is reported and it does not
  # run into the next launch.
  if [ "$1" != minimal ]; then
    for _ in $(seq 100); do grep -aq 'Started: ' "$log" && break; sleep 0.02; done
    for _ in $(seq 500); do grep -aq 'Warmed after start: ' "$log" && break; sleep 0.02; done
  fi
  bench_stop "$pid"
  [ "$1" = minimal ] || grep -ao -e 'Started: .*' -e 'Warmed after start: .*' "$log" | head -2 | sed 's/\x1b\[[0-9;]*m//g' >"$work/started-$1-$3.txt" || true
}

launch portal "$work/reused.db" 0 >/dev/null # the store the restarts reuse
declare -A ms cpu rss
for i in $(seq "$STARTS"); do
  for kind in minimal new reused; do
    db="$work/reused.db"
    [ "$kind" = new ] && db="$work/new-$i.db"
    # Run here, not in a process substitution: the next launch must not start before this one has stopped.
    launch "$kind" "$db" "$i" >"$work/launch.out"
    read -r m c r <"$work/launch.out"
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
  echo "From launching the portal (\`$(launcher X)\`, $PUBLISH publish) to \`/healthz\` answering Healthy, $STARTS interleaved rounds:"
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
  echo "Target: 1.0 s. Where the time goes, from the portal's own \`Started:\` line of its median launch (main phases add up"
  echo "to the total; work \"alongside\" ran on another thread meanwhile; the server listens once \"server start\" ends, while the"
  echo "content is still imported; \"after start\" is EF Core's first query, warmed in the background once the content is served,"
  echo "with when it ended):"
  echo
  for kind in new reused; do
    m=$(median "${ms[$kind]}")
    i=1
    for run in ${ms[$kind]}; do [ "$run" = "$m" ] && break; i=$((i + 1)); done
    [ -f "$work/started-$kind-$i.txt" ] && echo "- $kind store ($m ms): $(paste -sd ' ' "$work/started-$kind-$i.txt" | sed 's/ Warmed after start: /; then, after start: /')"
  done
} >"$report"
cat "$report"
echo "written: ${report#"$REPO_DIR"/}"
