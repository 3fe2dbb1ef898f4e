#!/usr/bin/env bash
# How the portal copes with much more content: 10,000 achievements and 1,000 projects over 20 fiscal
# years in English, French and Spanish (33,096 files), against the real content.
#   (a) load+validate and import time by size, and for exactly 10,000 files (bench `scale` command)
#   (b) time from launching the Release portal to a healthy /healthz, real and synthetic content
#   (c) memory of the portal serving the synthetic set: the start-up import peak (VmHWM once healthy), and RSS
#       sampled under the load of (d)
#   (d) throughput of a few pages of that set, and whether long lists are paged
#   (e) the static export of a 1,000-achievement set against Debian's hugo building the same Markdown files
#       with the minimal layout in bench/scale/hugo/: CPU time a page, and the ratio
#
#   bash bench/scale/run.sh
#
# Environment: DURATION (seconds per page, 8), STARTS (launches on the real content, 5), EXPORT_ROUNDS (rounds of part (e), 3), PORT (5702).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

DURATION=${DURATION:-8}
STARTS=${STARTS:-5}
PORT=${PORT:-5702}
ENCODING="br, gzip"

bench_need wrk:wrk curl:curl hugo:hugo
bench_need_file time /usr/bin/time
bench_temp_dir work scale
mkdir -p "$ARTIFACTS_DIR"
report="$ARTIFACTS_DIR/scale.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

bench_log "building the benchmark tool and publishing the portal (Release)"
dotnet build "$BENCH_DIR/Peru.Portal.Bench" -c Release -nologo -v quiet -o "$work/bench" >"$work/bench.log" 2>&1 || { cat "$work/bench.log" >&2; exit 1; }
bench_publish_portal "$work/portal"

bench_log "(a) load+validate and import by size"
import_table=$(dotnet "$work/bench/Peru.Portal.Bench.dll" scale)

bench_log "writing the synthetic set"
dotnet "$work/bench/Peru.Portal.Bench.dll" generate --out "$work/synthetic" --achievements 10000 --projects 1000 --years 20 >&2

# (b) Each launch gets a new store, as a fresh instance would; the portal imports everything before it listens.
start_once() { # content db -> START_MS, leaves PORTAL_PID running
  local started
  started=$(bench_now_ms)
  bench_start_portal "$work/portal" "$PORT" "$1" "$2" "$work/portal.log"
  bench_wait_healthy "$PORT" 300
  START_MS=$(( $(bench_now_ms) - started ))
  START_CPU_MS=$(bench_cpu_ms "$PORTAL_PID")
}
real_starts=()
real_cpu=()
for i in $(seq "$STARTS"); do
  start_once "$REPO_DIR/content" "$work/real-$i.db"
  ms=$START_MS
  real_cpu+=("$START_CPU_MS")
  real_rss=$(bench_mem "$PORTAL_PID" VmRSS)
  bench_stop "$PORTAL_PID"
  real_starts+=("$ms")
  bench_log "(b) real content: healthy after $ms ms, $START_CPU_MS ms CPU (RSS $real_rss MiB)"
done
real_median=$(printf '%s\n' "${real_starts[@]}" | bench_median)
real_cpu_median=$(printf '%s\n' "${real_cpu[@]}" | bench_median)

# A restart on the same store and unchanged files: the store is reused (its content fingerprint matches).
reuse_starts=()
reuse_cpu=()
start_once "$REPO_DIR/content" "$work/reused.db"
bench_stop "$PORTAL_PID"
for i in $(seq "$STARTS"); do
  start_once "$REPO_DIR/content" "$work/reused.db"
  reuse_starts+=("$START_MS")
  reuse_cpu+=("$START_CPU_MS")
  reuse_rss=$(bench_mem "$PORTAL_PID" VmRSS)
  bench_stop "$PORTAL_PID"
  bench_log "(b) real content, restart on the same store: healthy after $START_MS ms, $START_CPU_MS ms CPU (RSS $reuse_rss MiB)"
done
reuse_median=$(printf '%s\n' "${reuse_starts[@]}" | bench_median)
reuse_cpu_median=$(printf '%s\n' "${reuse_cpu[@]}" | bench_median)

start_once "$work/synthetic" "$work/synthetic.db"
synthetic_start=$START_MS
synthetic_cpu=$START_CPU_MS
pid=$PORTAL_PID
bench_log "(b) synthetic content: healthy after $synthetic_start ms"
rss_loaded=$(bench_mem "$pid" VmRSS)
hwm_loaded=$(bench_mem "$pid" VmHWM)
bench_log "(c) after load: RSS $rss_loaded MiB, peak $hwm_loaded MiB"
# What the portal holds while it serves, apart from the start-up import's peak (VmHWM, above), which has its own target.
bench_sample_mem "$pid" "$work/rss-under-load.txt"

# (d) Long lists: how many achievements one page lists, and whether it links to a next page.
PAGES=(
  "achievement /en/peru/achievements/2005-2006/achievement-5"
  "fiscal-year /en/peru/achievements/2005-2006"
  "achievements-index /en/peru/achievements"
  "french-fiscal-year /fr/perou/realisations/2005-2006"
)
lists=""
for entry in "${PAGES[@]}"; do
  address=${entry#* }
  curl -sf -o "$work/page.html" "http://127.0.0.1:$PORT$address"
  one_ms=$(curl -sf -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT$address" | awk '{ printf "%.0f", $1 * 1000 }')
  bytes=$(wc -c <"$work/page.html")
  items=$(grep -oE 'href="/(en/peru/achievements|fr/perou/realisations)/[0-9]{4}-[0-9]{4}/[a-z0-9-]+"' "$work/page.html" | sort -u | wc -l)
  next=$(grep -cE '([?&](amp;)?page=2|/page/2")' "$work/page.html" || true)
  capped=$(grep -cE '(All [0-9,]+ achievements of|Les [0-9  ]+ réalisations de)' "$work/page.html" || true)
  paged="no link to a second page"
  [ "$next" -gt 0 ] && paged="links to a second page"
  [ "$capped" -gt 0 ] && paged="capped: $capped links to a whole year"
  lists+="| ${entry%% *} \`$address\` | $bytes | $items | $paged | $one_ms |"$'\n'
  bench_log "(d) ${entry%% *}: $bytes bytes, $items achievement links, $paged, one request $one_ms ms"
done

# A 10 s timeout: pages that take seconds are counted, not dropped as wrk's default 2 s timeouts.
run() { wrk -t2 -c32 -d"$2s" --timeout 10s --latency -H "Accept-Encoding: $ENCODING" -s "$BENCH_DIR/report.lua" "http://127.0.0.1:$PORT$1" | grep '^WRK '; }
throughput=""
for entry in "${PAGES[@]:0:3}"; do
  address=${entry#* }
  run "$address" 2 >/dev/null
  line=$(run "$address" "$DURATION")
  v() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
  errors=$(( $(v connect) + $(v read) + $(v write) + $(v status) ))
  throughput+="| ${entry%% *} | $(v requests) | $(v rps) | $(v p50_ms) | $(v p99_ms) | $(v timeout) | $errors |"$'\n'
  bench_log "(d) ${entry%% *}: $(v rps) req/s, p50 $(v p50_ms) ms, p99 $(v p99_ms) ms, errors $errors"
done
kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true
rss_during=$(bench_sampled_peak "$work/rss-under-load.txt")
rss_end=$(bench_mem "$pid" VmRSS)
hwm_end=$(bench_mem "$pid" VmHWM)
bench_stop "$pid"

# (e) The export against hugo, on the same Markdown files (1,000 achievements, 100 projects, 20 years). hugo reads
# a folder's index.md as a leaf bundle (its siblings become resources, not pages): its copy names them _index.md.
bench_log "(e) the static export and hugo on a 1,000-achievement set"
dotnet "$work/bench/Peru.Portal.Bench.dll" generate --out "$work/export-content" --achievements 1000 --projects 100 --years 20 >&2
export_files=$(find "$work/export-content" -name '*.md' | wc -l)
# CPU time (user + system) is what is compared: wall time on a shared machine says more about the others' work.
# Twice as a reader of the deployment guide runs it, with no variable set (export then starts itself again with a
# batch job's runtime settings, BatchRuntime): with no share image drawn yet (a first export), then again with those
# of the first kept (--share-images), so the pages' own cost is seen beside the cost of drawing about one 1200 × 630
# PNG per page. Then twice more, images kept, with every one of those settings given, so nothing is started again:
# the runtime's defaults under the project's own settings (as the web server runs), and the eighth round's way
# (tiered compilation off, the web server's 2 MiB young generation), which shows what the young generation saves.
export_once() { # OUT LOG [VAR=VALUE...] -> EXPORT_MS (wall), EXPORT_CPU_MS
  local started out=$1 log=$2
  shift 2
  started=$(bench_now_ms)
  ( cd "$work/portal" && env ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning "$@" \
      /usr/bin/time -o "$log.time" -f '%U %S' dotnet Peru.Portal.Web.dll export --out "$out" --content "$work/export-content" \
        --share-images "$work/share-images" >"$log" 2>&1 ) \
    || { cat "$log" >&2; exit 1; }
  EXPORT_MS=$(( $(bench_now_ms) - started ))
  EXPORT_CPU_MS=$(awk '{ printf "%.0f", ($1 + $2) * 1000 }' "$log.time")
}
server_gc=(DOTNET_GCgen0size=0 DOTNET_GCGen0MaxBudget=0x200000)
export_once "$work/export-out" "$work/export.log"
export_ms=$EXPORT_MS
export_cpu_ms=$EXPORT_CPU_MS
mkdir -p "$work/hugo/content"
cp -r "$BENCH_DIR/scale/hugo/." "$work/hugo/"
cp -r "$work/export-content/." "$work/hugo/content/"
find "$work/hugo/content" -name 'index*.md' | while read -r f; do mv "$f" "$(dirname "$f")/_$(basename "$f")"; done
# The machine's speed drifts within minutes (one run measured the same export at 10 and 17 s of CPU a few minutes
# apart): the three exports with the images kept and hugo run in EXPORT_ROUNDS interleaved rounds, and each figure
# is the median of its rounds.
EXPORT_ROUNDS=${EXPORT_ROUNDS:-3}
again_runs=(); again_cpu_runs=(); defaults_runs=(); defaults_cpu_runs=(); untiered_runs=(); untiered_cpu_runs=()
hugo_runs=(); hugo_cpu_runs=()
for i in $(seq "$EXPORT_ROUNDS"); do
  export_once "$work/export-again" "$work/export-again.log"
  again_runs+=("$EXPORT_MS"); again_cpu_runs+=("$EXPORT_CPU_MS")
  export_once "$work/export-defaults" "$work/export-defaults.log" DOTNET_TieredPGO=1 DOTNET_TieredCompilation=1 "${server_gc[@]}"
  defaults_runs+=("$EXPORT_MS"); defaults_cpu_runs+=("$EXPORT_CPU_MS")
  export_once "$work/export-untiered" "$work/export-untiered.log" DOTNET_TieredPGO=0 DOTNET_TieredCompilation=0 "${server_gc[@]}"
  untiered_runs+=("$EXPORT_MS"); untiered_cpu_runs+=("$EXPORT_CPU_MS")
  rm -rf "$work/hugo/public"
  hugo_started=$(bench_now_ms)
  /usr/bin/time -o "$work/hugo.time" -f '%U %S' hugo --quiet -s "$work/hugo" -d "$work/hugo/public" >"$work/hugo.log" 2>&1 || { cat "$work/hugo.log" >&2; exit 1; }
  hugo_runs+=("$(( $(bench_now_ms) - hugo_started ))")
  hugo_cpu_runs+=("$(awk '{ printf "%.0f", ($1 + $2) * 1000 }' "$work/hugo.time")")
  bench_log "(e) round $i: CPU ms again ${again_cpu_runs[-1]}, defaults ${defaults_cpu_runs[-1]}, the eighth round's way ${untiered_cpu_runs[-1]}, hugo ${hugo_cpu_runs[-1]}"
done
median_of() { printf '%s\n' "$@" | bench_median; }
again_ms=$(median_of "${again_runs[@]}"); again_cpu_ms=$(median_of "${again_cpu_runs[@]}")
defaults_ms=$(median_of "${defaults_runs[@]}"); defaults_cpu_ms=$(median_of "${defaults_cpu_runs[@]}")
untiered_ms=$(median_of "${untiered_runs[@]}"); untiered_cpu_ms=$(median_of "${untiered_cpu_runs[@]}")
hugo_ms=$(median_of "${hugo_runs[@]}"); hugo_cpu_ms=$(median_of "${hugo_cpu_runs[@]}")
diff -r -q "$work/export-out" "$work/export-again" >/dev/null && export_same="the same bytes" || export_same="NOT the same bytes"
diff -r -q "$work/export-out" "$work/export-defaults" >/dev/null && defaults_same="the same bytes" || defaults_same="NOT the same bytes"
diff -r -q "$work/export-out" "$work/export-untiered" >/dev/null && untiered_same="the same bytes" || untiered_same="NOT the same bytes"
export_pages=$(find "$work/export-out" -name '*.html' | wc -l)
hugo_pages=$(find "$work/hugo/public" -name '*.html' | wc -l)
per_page() { awk -v ms="$1" -v n="$2" 'BEGIN { printf "%.2f", ms / n }'; }
export_per_page=$(per_page "$export_cpu_ms" "$export_pages")
again_per_page=$(per_page "$again_cpu_ms" "$export_pages")
defaults_per_page=$(per_page "$defaults_cpu_ms" "$export_pages")
untiered_per_page=$(per_page "$untiered_cpu_ms" "$export_pages")
hugo_per_page=$(per_page "$hugo_cpu_ms" "$hugo_pages")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
export_ratio=$(ratio "$export_per_page" "$hugo_per_page")
again_ratio=$(ratio "$again_per_page" "$hugo_per_page")
defaults_ratio=$(ratio "$defaults_per_page" "$hugo_per_page")
untiered_ratio=$(ratio "$untiered_per_page" "$hugo_per_page")
bench_log "(e) export: $export_pages pages, $export_cpu_ms ms CPU ($export_per_page ms a page, ${export_ratio}× hugo); again with the share images kept: $again_cpu_ms ms CPU ($again_per_page ms a page, ${again_ratio}× hugo), $export_same; again with the runtime's defaults and the 2 MiB young generation: $defaults_cpu_ms ms CPU ($defaults_per_page ms a page), $defaults_same; the eighth round's way (tiered compilation off, 2 MiB young generation): $untiered_cpu_ms ms CPU ($untiered_per_page ms a page, ${untiered_ratio}× hugo), $untiered_same; hugo: $hugo_pages pages, $hugo_cpu_ms ms CPU ($hugo_per_page ms a page)"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "met" : "NOT met" }'; }
ten_thousand_ms=$(awk -F'|' '$2 ~ /10,000 files/ { gsub(/ /, "", $8); print $8 }' <<<"$import_table")
{
  echo "Scale benchmark, $(date -u +%Y-%m-%d), $(bench_machine)"
  echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after."
  echo
  echo "(a) Load+validate and import into a new store, in one process (bench \`scale\`), by size (both languages):"
  echo
  echo "$import_table"
  echo
  echo "Target: import of 10,000 files within 5 s: ${ten_thousand_ms} ms load+validate+import, $(verdict "$ten_thousand_ms" 5000)."
  echo
  echo "(b) From launching the Release portal (\`dotnet Peru.Portal.Web.dll\`, new store) to \`/healthz\` Healthy:"
  echo
  echo "| content | ms to healthy | CPU ms used by then |"
  echo "| --- | ---: | ---: |"
  echo "| real \`content/\` (median of $STARTS: ${real_starts[*]}; RSS after load $real_rss MiB) | $real_median | $real_cpu_median |"
  echo "| real \`content/\`, restart on the same store, files unchanged (median of $STARTS: ${reuse_starts[*]}; RSS $reuse_rss MiB) | $reuse_median | $reuse_cpu_median |"
  echo "| synthetic, 33,096 files | $synthetic_start | $synthetic_cpu |"
  echo
  echo "Target on the real content: 1.0 s: new store $(verdict "$real_median" 1000), restart on the same store $(verdict "$reuse_median" 1000)."
  echo
  echo "(c) Memory of the portal serving the synthetic set: start-up import peak (VmHWM once healthy) $hwm_loaded MiB, target 350 MB: $(verdict "$hwm_loaded" 350). Serving: RSS once healthy $rss_loaded MiB; highest sampled (every 0.2 s) under the load of (d) below $rss_during MiB, and $rss_end MiB after it, target 200 MB: $(verdict "$rss_during" 200)."
  echo
  echo "(d) Lists on the synthetic set (500 achievements per fiscal year):"
  echo
  echo "| page | bytes | achievement links | paging | one request alone, ms |"
  echo "| --- | ---: | ---: | --- | ---: |"
  printf '%s' "$lists"
  echo
  echo "Throughput, wrk -t2 -c32 ${DURATION}s after a 2 s warm-up, Accept-Encoding: $ENCODING:"
  echo
  echo "| page | requests | req/s | p50 ms | p99 ms | timeouts (10 s) | other errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s' "$throughput"
  echo
  echo "(e) Static export of the 1,000-achievement set ($export_files Markdown files) against hugo (minimal layout in \`bench/scale/hugo/\`). CPU time (user + system) of the whole process, start and import included; the exports with the images kept and hugo in $EXPORT_ROUNDS interleaved rounds, medians (CPU ms of each round: again ${again_cpu_runs[*]}; defaults ${defaults_cpu_runs[*]}; the eighth round's way ${untiered_cpu_runs[*]}; hugo ${hugo_cpu_runs[*]}):"
  echo
  echo "| generator | pages written | CPU ms | wall ms | CPU ms a page | ÷ hugo |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  echo "| the portal's \`export\`, first (every share image drawn; as the guide runs it) | $export_pages | $export_cpu_ms | $export_ms | $export_per_page | ${export_ratio}× |"
  echo "| the portal's \`export\`, again (share images kept by \`--share-images\`; as the guide runs it; $export_same) | $export_pages | $again_cpu_ms | $again_ms | $again_per_page | ${again_ratio}× |"
  echo "| the portal's \`export\`, again, the runtime's defaults and the project's 2 MiB young generation (as the web server runs; $defaults_same) | $export_pages | $defaults_cpu_ms | $defaults_ms | $defaults_per_page | ${defaults_ratio}× |"
  echo "| the portal's \`export\`, again, \`DOTNET_TieredCompilation=0\` and the 2 MiB young generation (the eighth round's way; $untiered_same) | $export_pages | $untiered_cpu_ms | $untiered_ms | $untiered_per_page | ${untiered_ratio}× |"
  echo "| hugo $(hugo version | awk '{ print $2 }') | $hugo_pages | $hugo_cpu_ms | $hugo_ms | $hugo_per_page | 1× |"
  echo
  echo "Targets: at most 2 ms a page: first $(verdict "$export_per_page" 2), again $(verdict "$again_per_page" 2), the eighth round's way $(verdict "$untiered_per_page" 2); within 3× of hugo: first $(verdict "$export_ratio" 3), again $(verdict "$again_ratio" 3), the eighth round's way $(verdict "$untiered_ratio" 3)."
} >"$report"
echo
cat "$report"
echo
echo "written: ${report#"$REPO_DIR"/}"
