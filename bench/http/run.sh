#!/usr/bin/env bash
# HTTP throughput and latency of the portal against nginx serving the same pages as static files, and
# against the ceiling of the portal's own stack: a minimal Kestrel app of the benchmark's own
# (bench/Peru.Portal.Bench.Minimal) writing the same bytes from memory, with the few headers a page needs (the
# judged reference); and a second copy of that app writing, per page, the very headers the portal wrote for it
# (saved from the portal's own answer at the start), which shows what the portal costs beyond writing its own
# response. All send the portal's own bytes (its identity, brotli and gzip answers, saved once). Runs are
# interleaved (portal A, nginx A, minimal A, minimal with the portal's headers A, portal B, ... for several
# rounds) because the machine's speed drifts; the side-by-side ratios are the figures that count. Each round also runs the
# achievement page plain and under a flood of unique tracking parameters, side by side, and the portal's
# memory is read before, during and after the flood; then a crowd of 1,000 connections (bench/http/clients.sh).
# Each run also records the CPU time each server used per request answered (user + system, from /proc; nginx's
# workers included), which other work on the machine disturbs much less than requests per second.
#
#   bash bench/http/run.sh
#
# Environment: ROUNDS (5), DURATION (seconds per run, 4), WARMUP (seconds per page and server, 2),
# THREADS (2), CONNECTIONS (32), PORTAL_PORT (5701), NGINX_PORT (5751), MINIMAL_PORT (5761),
# MINIMAL_HEADERS_PORT (5762);
# IDLE (seconds of rest before memory is read before and after the flood, 10),
# CROWD_CONNECTIONS (1000), CROWD_THREADS (2), CROWD_DURATION (seconds per run, 10), CROWD_ROUNDS (2),
# CROWD_TIMEOUT (seconds before wrk counts a request as timed out, 5).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

# Five short rounds rather than three long ones: the rounds drift more than a run varies within itself, and the
# median of five is steadier, for about the same time (four servers a page now).
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-4}
WARMUP=${WARMUP:-2}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PORTAL_PORT=${PORTAL_PORT:-5701}
NGINX_PORT=${NGINX_PORT:-5751}
MINIMAL_PORT=${MINIMAL_PORT:-5761}
MINIMAL_HEADERS_PORT=${MINIMAL_HEADERS_PORT:-5762}
IDLE=${IDLE:-10}
CROWD_CONNECTIONS=${CROWD_CONNECTIONS:-1000}
CROWD_THREADS=${CROWD_THREADS:-2}
CROWD_DURATION=${CROWD_DURATION:-10}
CROWD_ROUNDS=${CROWD_ROUNDS:-2}
CROWD_TIMEOUT=${CROWD_TIMEOUT:-5}
ENCODING="br, gzip"

# name, address
PAGES=(
  "achievement /en/peru/achievements/2011-2012/mentors-for-rural-teachers"
  "achievements-index /en/peru/achievements"
  "disbursements /en/peru/disbursements"
  "search /en/search?q=water"
)

bench_need wrk:wrk nginx:nginx curl:curl brotli:brotli
bench_need_file libnginx-mod-http-brotli-static /usr/lib/nginx/modules/ngx_http_brotli_static_module.so

# One descriptor per connection on both sides of the crowd, set before the portal starts (it inherits it).
fds=$(( CROWD_CONNECTIONS * 2 + 1024 ))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$fds" ]; then ulimit -n "$fds" 2>/dev/null || ulimit -n "$(ulimit -Hn)"; fi
bench_temp_dir work http
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
bench_publish_portal "$work/portal"
bench_start_portal "$work/portal" "$PORTAL_PORT" "$REPO_DIR/content" "$work/portal.db" "$work/portal.log"
bench_wait_healthy "$PORTAL_PORT" 120
portal_pid=$PORTAL_PID

# The nginx root holds each page exactly as the portal sent it: identity, and its brotli and gzip
# answers as .br and .gz, as a static site would be deployed (gzip_static / brotli_static). The same
# bytes on every server, so the ratios compare serving, not compression.
root="$work/www"
for entry in "${PAGES[@]}"; do
  address=${entry#* }
  file="$root${address%%\?*}.html"
  mkdir -p "$(dirname "$file")"
  curl -sf -o "$file" "http://127.0.0.1:$PORTAL_PORT$address"
  curl -sf -H "Accept-Encoding: br" -o "$file.br" "http://127.0.0.1:$PORTAL_PORT$address"
  curl -sf -H "Accept-Encoding: gzip" -o "$file.gz" "http://127.0.0.1:$PORTAL_PORT$address"
  # The portal's headers for this page, asked as the runs ask (a returning reader), for the second minimal app.
  curl -sf -o /dev/null -D "$file.headers" -H "Accept-Encoding: $ENCODING" -H "Cookie: .Portal.Language=en" "http://127.0.0.1:$PORTAL_PORT$address"
done
chmod -R a+rX "$root"

brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
cat >"$work/nginx.conf" <<EOF
$( [ -e "$brotli_module" ] && echo "load_module $brotli_module;" )
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  open_file_cache max=100;
  default_type "text/html; charset=utf-8";
  gzip on;
  gzip_static on;
  gzip_vary on;
  $( [ -e "$brotli_module" ] && echo "brotli_static on;" )
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $root;
    location / { try_files \$uri.html =404; }
  }
}
EOF
bench_port_free "$NGINX_PORT" || exit 1
nginx -t -c "$work/nginx.conf" -e "$work/nginx-error.log" >/dev/null 2>&1 || { nginx -t -c "$work/nginx.conf"; exit 1; }
nginx -c "$work/nginx.conf" -e "$work/nginx-error.log" &
nginx_pid=$!
BENCH_PIDS+=("$nginx_pid")
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.05; done

bench_log "publishing the minimal Kestrel app (Release)"
dotnet publish "$BENCH_DIR/Peru.Portal.Bench.Minimal" -c Release -o "$work/minimal" -nologo -v quiet >"$work/minimal.log" 2>&1 \
  || { cat "$work/minimal.log" >&2; exit 1; }
bench_port_free "$MINIMAL_PORT" || exit 1
bench_port_free "$MINIMAL_HEADERS_PORT" || exit 1
ASPNETCORE_URLS="http://127.0.0.1:$MINIMAL_PORT" dotnet "$work/minimal/Peru.Portal.Bench.Minimal.dll" "$root" >>"$work/minimal.log" 2>&1 &
minimal_pid=$!
BENCH_PIDS+=("$minimal_pid")
ASPNETCORE_URLS="http://127.0.0.1:$MINIMAL_HEADERS_PORT" dotnet "$work/minimal/Peru.Portal.Bench.Minimal.dll" "$root" --portal-headers >>"$work/minimal.log" 2>&1 &
minimal_headers_pid=$!
BENCH_PIDS+=("$minimal_headers_pid")
for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$MINIMAL_PORT/" && break; sleep 0.05; done
for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$MINIMAL_HEADERS_PORT/" && break; sleep 0.05; done

# The header lines of an answer, sorted, without the moment's (Date) and the framing (the portal streams the pages it
# does not prepare, such as search, chunked; the minimal app always sends a length): what the second app must match.
header_lines() { curl -s -o /dev/null -D - -H "Accept-Encoding: $ENCODING" -H "Cookie: .Portal.Language=en" "$1" | tr -d '\r' | sed 1d | grep -v '^$' | grep -viE '^(date|content-length|transfer-encoding):' | sort; }

# Both answer the same bytes for every page.
for entry in "${PAGES[@]}"; do
  address=${entry#* }
  a=$(curl -s "http://127.0.0.1:$PORTAL_PORT$address" | wc -c)
  b=$(curl -s "http://127.0.0.1:$NGINX_PORT$address" | wc -c)
  c=$(curl -s -H "Accept-Encoding: $ENCODING" "http://127.0.0.1:$MINIMAL_PORT$address" | cmp -s - <(curl -s -H "Accept-Encoding: $ENCODING" "http://127.0.0.1:$PORTAL_PORT$address") && echo same || echo DIFFERENT)
  enc_p=$(curl -s -o /dev/null -D - -H "Accept-Encoding: $ENCODING" "http://127.0.0.1:$PORTAL_PORT$address" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }')
  enc_n=$(curl -s -o /dev/null -D - -H "Accept-Encoding: $ENCODING" "http://127.0.0.1:$NGINX_PORT$address" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }')
  bench_log "${entry%% *}: portal ${a} bytes (${enc_p:-identity} on the wire), nginx ${b} bytes (${enc_n:-identity} on the wire), minimal app: $c bytes on the wire"
  if diff <(header_lines "http://127.0.0.1:$PORTAL_PORT$address") <(header_lines "http://127.0.0.1:$MINIMAL_HEADERS_PORT$address") >"$work/headers.diff"; then
    bench_log "${entry%% *}: minimal app with the portal's headers: the same $(header_lines "http://127.0.0.1:$PORTAL_PORT$address" | wc -l) header lines"
  else
    bench_log "WARNING: ${entry%% *}: the minimal app with the portal's headers answers other headers:"; cat "$work/headers.diff" >&2
  fi
done

# CPU time (ms) used so far by a server: the process and its child processes (nginx's workers).
server_cpu_ms() {
  local total=0 p
  for p in "$1" $(pgrep -P "$1" 2>/dev/null); do total=$(( total + $(bench_cpu_ms "$p" 2>/dev/null || echo 0) )); done
  echo "$total"
}

run() { # server port address seconds -> WRK line
  # A returning reader: the language cookie is already set (both servers get the same headers).
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4s" --latency -H "Accept-Encoding: $ENCODING" -H "Cookie: .Portal.Language=en" \
    -s "$BENCH_DIR/report.lua" "http://127.0.0.1:$2$3" | grep '^WRK '
}

bench_log "warm-up: ${WARMUP}s per page and server"
for entry in "${PAGES[@]}"; do
  run portal "$PORTAL_PORT" "${entry#* }" "$WARMUP" >/dev/null
  run nginx "$NGINX_PORT" "${entry#* }" "$WARMUP" >/dev/null
  run minimal "$MINIMAL_PORT" "${entry#* }" "$WARMUP" >/dev/null
  run minimal-headers "$MINIMAL_HEADERS_PORT" "${entry#* }" "$WARMUP" >/dev/null
done

mkdir -p "$ARTIFACTS_DIR"
runs="$ARTIFACTS_DIR/http-runs.csv"
echo "round,page,server,requests,rps,p50_ms,p99_ms,max_ms,errors,cpu_us_per_request" >"$runs"
source "$BENCH_DIR/http/clients.sh"
flood_wrk plain "$WARMUP" >/dev/null
clients_prepare
for round in $(seq "$ROUNDS"); do
  for entry in "${PAGES[@]}"; do
    name=${entry%% *}
    for server in portal nginx minimal minimal-headers; do
      port=$PORTAL_PORT; pid=$portal_pid
      [ "$server" = nginx ] && port=$NGINX_PORT && pid=$nginx_pid
      [ "$server" = minimal ] && port=$MINIMAL_PORT && pid=$minimal_pid
      [ "$server" = minimal-headers ] && port=$MINIMAL_HEADERS_PORT && pid=$minimal_headers_pid
      # CPU the server used per request answered: disturbed far less than req/s by other work on the machine.
      cpu_before=$(server_cpu_ms "$pid")
      line=$(run "$server" "$port" "${entry#* }" "$DURATION")
      cpu_after=$(server_cpu_ms "$pid")
      v() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
      errors=$(( $(v connect) + $(v read) + $(v write) + $(v timeout) + $(v status) ))
      cpu_us=$(awk -v ms=$(( cpu_after - cpu_before )) -v n="$(v requests)" 'BEGIN { printf "%.2f", (n > 0 ? ms * 1000 / n : 0) }')
      echo "$round,$name,$server,$(v requests),$(v rps),$(v p50_ms),$(v p99_ms),$(v max_ms),$errors,$cpu_us" >>"$runs"
      bench_log "round $round $name $server: $(v rps) req/s, p50 $(v p50_ms) ms, p99 $(v p99_ms) ms, ${cpu_us} us CPU/request, errors $errors"
    done
    if [ "$name" = achievement ]; then clients_round "$round"; fi
  done
done
load_rounds=$(cut -d' ' -f1-3 /proc/loadavg)
rss_rounds=$(bench_mem "$portal_pid" VmRSS)
clients_after

col() { # page server column -> values over rounds
  awk -F, -v p="$1" -v s="$2" -v c="$3" 'NR > 1 && $2 == p && $3 == s { print $c }' "$runs"
}
summary="$ARTIFACTS_DIR/http.csv"
table="$ARTIFACTS_DIR/http.md"
echo "page,address,portal_rps,nginx_rps,ratio,portal_p50_ms,portal_p99_ms,nginx_p50_ms,nginx_p99_ms,errors,minimal_rps,minimal_ratio,minimal_p50_ms,minimal_p99_ms,portal_cpu_us,nginx_cpu_us,minimal_cpu_us,minimal_headers_rps,minimal_headers_ratio,minimal_headers_cpu_us" >"$summary"
{
  echo "HTTP benchmark, $(date -u +%Y-%m-%d), $(bench_machine)"
  echo "Load average (1, 5, 15 min) before: $load_before; after the rounds: $load_rounds; after the crowd: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s per run, $ROUNDS interleaved rounds, Accept-Encoding: $ENCODING; medians over rounds (ratios: median of each round's portal/nginx and portal/minimal, the minimal Kestrel app writing the same bytes with the few headers a page needs; portal/minimal+h: the same app writing the portal's own headers for the page)."
  echo
  echo "| page | portal req/s | nginx req/s | minimal req/s | minimal+h req/s | portal/nginx | portal/minimal | portal/minimal+h | portal p50 ms | portal p99 ms | nginx p50 ms | nginx p99 ms | minimal p50 ms | minimal p99 ms | CPU µs/request portal · nginx · minimal · minimal+h |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$table"
for entry in "${PAGES[@]}"; do
  name=${entry%% *}
  prps=$(col "$name" portal 5 | bench_median)
  nrps=$(col "$name" nginx 5 | bench_median)
  ratio=$(paste -d' ' <(col "$name" portal 5) <(col "$name" nginx 5) | awk '{ printf "%.3f\n", $1 / $2 }' | bench_median)
  pp50=$(col "$name" portal 6 | bench_median); pp99=$(col "$name" portal 7 | bench_median)
  np50=$(col "$name" nginx 6 | bench_median); np99=$(col "$name" nginx 7 | bench_median)
  mrps=$(col "$name" minimal 5 | bench_median)
  mratio=$(paste -d' ' <(col "$name" portal 5) <(col "$name" minimal 5) | awk '{ printf "%.3f\n", $1 / $2 }' | bench_median)
  mp50=$(col "$name" minimal 6 | bench_median); mp99=$(col "$name" minimal 7 | bench_median)
  errors=$(awk -F, -v p="$name" 'NR > 1 && $2 == p { s += $9 } END { print s + 0 }' "$runs")
  pcpu=$(col "$name" portal 10 | bench_median); ncpu=$(col "$name" nginx 10 | bench_median); mcpu=$(col "$name" minimal 10 | bench_median)
  hrps=$(col "$name" minimal-headers 5 | bench_median); hcpu=$(col "$name" minimal-headers 10 | bench_median)
  hratio=$(paste -d' ' <(col "$name" portal 5) <(col "$name" minimal-headers 5) | awk '{ printf "%.3f\n", $1 / $2 }' | bench_median)
  echo "$name,${entry#* },$prps,$nrps,$ratio,$pp50,$pp99,$np50,$np99,$errors,$mrps,$mratio,$mp50,$mp99,$pcpu,$ncpu,$mcpu,$hrps,$hratio,$hcpu" >>"$summary"
  printf '| %s `%s` | %.0f | %.0f | %.0f | %.0f | %.3f | %.3f | %.3f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f · %.1f · %.1f · %.1f |\n' "$name" "${entry#* }" "$prps" "$nrps" "$mrps" "$hrps" "$ratio" "$mratio" "$hratio" "$pp50" "$pp99" "$np50" "$np99" "$mp50" "$mp99" "$pcpu" "$ncpu" "$mcpu" "$hcpu" >>"$table"
done

achievement=$(awk -F, '$1 == "achievement"' "$summary")
ratio=$(cut -d, -f5 <<<"$achievement"); p99=$(cut -d, -f7 <<<"$achievement"); mratio=$(cut -d, -f12 <<<"$achievement")
verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == ">=") ? a >= b : a <= b; print ok ? "met" : "NOT met" }'; }
{
  echo
  echo "Targets (achievement page, ${CONNECTIONS} connections): portal/nginx >= 0.85: $ratio, $(verdict "$ratio" ">=" 0.85); portal/minimal >= 0.9: $mratio, $(verdict "$mratio" ">=" 0.9); p99 <= 3 ms: $p99 ms, $(verdict "$p99" "<=" 3)."
  # Search is answered by the ordinary path on purpose (each search counts against its client's rate limit).
  awk -F, 'NR > 1 && $1 != "achievement" && $1 != "search" { printf "Target (%s, cached): portal/nginx >= 0.8: %s, %s.\n", $1, $5, ($5 >= 0.8 ? "met" : "NOT met") }' "$summary"
  echo "Portal memory after the runs: RSS $rss_rounds MiB, peak $(( hwm_rounds > hwm_before ? hwm_rounds : hwm_before )) MiB (before the crowd below)."
  total_errors=$(awk -F, 'NR > 1 { s += $10 } END { print s + 0 }' "$summary")
  echo "Socket errors and statuses >= 400 over all runs: $total_errors."
} >>"$table"
clients_report "$table"
echo
cat "$table"
echo
echo "written: ${table#"$REPO_DIR"/}, ${summary#"$REPO_DIR"/}, ${runs#"$REPO_DIR"/}, ${crowd_runs#"$REPO_DIR"/}"
