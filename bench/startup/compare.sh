#!/usr/bin/env bash
# Two publishes of the portal side by side, launched alternately on a new store each time: launch to a healthy /healthz
# (wall and CPU), the `Started:` line (phases, JIT count), and when EF Core's first query was warmed after listening.
# Then the stores the first launches wrote are dumped and compared row by row (the Imports row, which holds the build's
# fingerprint and the time, apart), so a change to how the store is written shows as a difference.
#   bash bench/startup/compare.sh BEFORE_DIR AFTER_DIR     folders of `dotnet publish` outputs (ReadyToRun, as run.sh);
#                                                          a self-contained one (it carries libcoreclr.so) runs through its
#                                                          own launcher, with the runtime it carries
#   STARTS (5), PORT (5705), CONTENT (the real content; the fixture is tests/Peru.Portal.Tests/Fixtures/content)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

[ $# -eq 2 ] || { echo "usage: $0 BEFORE_DIR AFTER_DIR" >&2; exit 2; }
before=$(cd "$1" && pwd)
after=$(cd "$2" && pwd)
STARTS=${STARTS:-5}
PORT=${PORT:-5705}
CONTENT=$(cd "${CONTENT:-$REPO_DIR/content}" && pwd)
bench_need curl:curl sqlite3:sqlite3
bench_temp_dir work startup-compare
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

launcher() { if [ -e "$1/libcoreclr.so" ]; then echo ./Peru.Portal.Web; else echo dotnet Peru.Portal.Web.dll; fi; }

# One launch of the publish in DIR on the new store DB: prints "ms cpu_ms" once healthy, keeps its log, and stops it
# once it has logged that the store was warmed (or after 10 s).
launch() { # dir db log
  local started pid
  started=$(bench_now_ms)
  (
    cd "$1"
    exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
      ConnectionStrings__Portal="Data Source=$2" Portal__ContentPath="$CONTENT" \
      Portal__BaseUrl="http://127.0.0.1:$PORT" Serilog__MinimumLevel__Default=Warning \
      Serilog__MinimumLevel__Override__Peru.Portal.Web.Startup=Information MALLOC_ARENA_MAX=2 \
      $(launcher "$1") >"$3" 2>&1
  ) &
  pid=$!
  BENCH_PIDS+=("$pid")
  bench_wait_healthy "$PORT" 120 "$pid"
  echo "$(( $(bench_now_ms) - started )) $(bench_cpu_ms "$pid") $(bench_mem "$pid" VmRSS)"
  for _ in $(seq 500); do grep -aq 'Warmed after start' "$3" && break; sleep 0.02; done
  bench_stop "$pid"
}

declare -A ms cpu rss
for i in $(seq "$STARTS"); do
  for kind in before after; do
    dir=$before
    [ "$kind" = after ] && dir=$after
    launch "$dir" "$work/$kind-$i.db" "$work/$kind-$i.log" >"$work/launch.out"
    read -r m c r <"$work/launch.out"
    ms[$kind]+="$m "; cpu[$kind]+="$c "; rss[$kind]+="$r "
    bench_log "$kind: healthy after $m ms, $c ms CPU, RSS $r MiB"
  done
done

median() { tr ' ' '\n' <<<"$1" | grep . | bench_median; }
strip() { sed 's/\x1b\[[0-9;]*m//g'; }
# A store as SQL, rows in their order; the Imports row differs by design (time, build fingerprint).
dump() { sqlite3 "$1" .dump | grep -v '^INSERT INTO Imports ' ; sqlite3 "$1" 'PRAGMA journal_mode; PRAGMA page_size; PRAGMA user_version;'; }
dump "$work/before-1.db" >"$work/before.sql"
dump "$work/after-1.db" >"$work/after.sql"

echo "Start-up, before ($before) and after ($after), $STARTS alternating launches on a new store each, content $CONTENT"
echo "Load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| build | median ms to healthy | runs ms | median CPU ms | CPU runs ms | median RSS MiB when healthy | publish MiB |"
echo "| --- | ---: | --- | ---: | --- | ---: | ---: |"
for kind in before after; do
  dir=$before
  [ "$kind" = after ] && dir=$after
  echo "| $kind | $(median "${ms[$kind]}") | ${ms[$kind]} | $(median "${cpu[$kind]}") | ${cpu[$kind]} | $(median "${rss[$kind]}") | $(du -sm "$dir" | cut -f1) |"
done
echo
for kind in before after; do
  for i in $(seq "$STARTS"); do
    echo "- $kind $i: $(grep -ao 'Started: .*' "$work/$kind-$i.log" | head -1 | strip)"
    grep -ao 'Warmed after start: .*' "$work/$kind-$i.log" | head -1 | strip | sed 's/^/  /' || true
  done
done
echo
if cmp -s "$work/before.sql" "$work/after.sql"; then
  echo "Stores: the same schema and rows ($(grep -c '^INSERT' "$work/after.sql") rows besides the import's own)."
else
  echo "Stores DIFFER:"
  diff "$work/before.sql" "$work/after.sql" | head -40
  exit 1
fi
