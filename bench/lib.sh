# Shared by the benchmark scripts (sourced, not run): tools, a Release build of the portal,
# starting it on loopback with its own store, and reading its memory.
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
ARTIFACTS_DIR="$REPO_DIR/artifacts/bench"
BENCH_PIDS=()
BENCH_TEMP_DIRS=()

bench_log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# Installs Debian packages whose command is missing: bench_need wrk:wrk nginx:nginx
bench_need() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair#*:}" >/dev/null 2>&1 || missing+=("${pair%%:*}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  bench_log "installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Installs a Debian package that has no command of its own when the file it provides is missing.
bench_need_file() {
  [ -e "$2" ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  bench_log "installing $1"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$1" >/dev/null 2>&1 || true
}

# Creates a temporary folder, removed on exit: bench_temp_dir VARIABLE NAME. It sets VARIABLE rather
# than printing the path, since a $(...) subshell would not record the folder for removal.
bench_temp_dir() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/peru-bench-$2-XXXXXX")
  # nginx workers drop root and must read the pages written here.
  chmod 755 "$dir"
  BENCH_TEMP_DIRS+=("$dir")
  printf -v "$1" '%s' "$dir"
}

# Stops only what this script started, then removes its temporary folders.
bench_cleanup() {
  local pid dir
  for pid in "${BENCH_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${BENCH_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [ -z "${BENCH_KEEP:-}" ]; then
    for dir in "${BENCH_TEMP_DIRS[@]}"; do rm -rf "$dir"; done
  fi
}
trap bench_cleanup EXIT

# Publishes the portal in Release into DIR (what a server would run: not `dotnet run`) as docs/deployment.md
# recommends: self-contained, the runtime and the portal ahead-of-time compiled into one composite ReadyToRun image, so
# start-up is not spent in the JIT. `dotnet Peru.Portal.Web.dll` runs it with the runtime it carries.
# BENCH_PUBLISHED=DIR takes a build already published that way instead (the composite publish costs minutes of CPU),
# so several benchmarks in a row measure the very same build.
bench_publish_portal() {
  if [ -n "${BENCH_PUBLISHED:-}" ]; then
    [ -f "$BENCH_PUBLISHED/Peru.Portal.Web.dll" ] || { bench_log "BENCH_PUBLISHED=$BENCH_PUBLISHED holds no Peru.Portal.Web.dll"; return 1; }
    bench_log "taking the portal already published in $BENCH_PUBLISHED"
    mkdir -p "$1" && cp -a "$BENCH_PUBLISHED/." "$1/"
    return
  fi
  bench_log "publishing the portal (Release, self-contained, composite ReadyToRun)"
  dotnet publish "$REPO_DIR/src/Peru.Portal.Web" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
    -p:PublishReadyToRunComposite=true -o "$1" -nologo -v quiet >"$1.log" 2>&1 \
    || { cat "$1.log" >&2; return 1; }
}

# Starts the published portal in the background: bench_start_portal DIR PORT CONTENT DB LOG.
# Production environment, Warning-level logging (so console logging is not what is measured),
# search rate limit lifted (one client sends every request).
bench_start_portal() {
  local dir=$1 port=$2 content=$3 db=$4 log=$5
  bench_port_free "$port" || exit 1
  (
    cd "$dir"
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ConnectionStrings__Portal="Data Source=$db" \
    Portal__ContentPath="$content" \
    Portal__BaseUrl="http://127.0.0.1:$port" \
    Portal__Search__RequestsPerMinute=100000000 \
    Serilog__MinimumLevel__Default=Warning \
    MALLOC_ARENA_MAX=2 \
    exec dotnet Peru.Portal.Web.dll >"$log" 2>&1
  ) &
  PORTAL_PID=$!
  BENCH_PIDS+=("$PORTAL_PID")
}

# Fails when something already listens on PORT: the benchmark would measure that server instead of its own.
bench_port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    bench_log "port $1 is already in use: stop what listens there, or give the benchmark other ports (see its header)"
    return 1
  fi
}

# Waits until /healthz answers 200 Healthy; fails after TIMEOUT seconds or if the process ended.
bench_wait_healthy() {
  local port=$1 timeout=${2:-120} pid=${3:-$PORTAL_PID} deadline
  deadline=$(( $(date +%s) + timeout ))
  until [ "$(curl -s -m 2 "http://127.0.0.1:$port/healthz" 2>/dev/null)" = "Healthy" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then bench_log "portal exited before it was healthy"; return 1; fi
    if [ "$(date +%s)" -ge "$deadline" ]; then bench_log "portal not healthy after ${timeout}s"; return 1; fi
    sleep 0.01
  done
}

bench_stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# Resident memory of a process in MiB: bench_mem PID VmRSS|VmHWM
bench_mem() {
  awk -v key="$2:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

# CPU time (user + system, all threads) a process has used so far, in ms: less disturbed than wall
# time when other work shares the machine.
bench_cpu_ms() {
  awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / tick }' "/proc/$1/stat"
}

bench_now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Median of numbers on stdin.
bench_median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}

bench_machine() {
  printf '%s, %s cores, %s MiB RAM, %s, .NET %s, %s, %s\n' \
    "$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)" "$(nproc)" \
    "$(awk '/MemTotal/ { printf "%.0f", $2 / 1024 }' /proc/meminfo)" \
    "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(dotnet --version)" \
    "$(command -v nginx >/dev/null && nginx -v 2>&1 | sed 's/.*: //')" "$(wrk -v 2>&1 | head -1 | awk '{ print $1, $2 }')"
}

# Samples a process's VmRSS (KiB) every 0.2 s into FILE until stopped: bench_sample_mem PID FILE.
# Sets SAMPLER_PID. Plain reads of /proc, no process per sample, so the sampler costs next to nothing.
bench_sample_mem() {
  local pid=$1 file=$2
  : >"$file"
  (
    while [ -e "/proc/$pid/status" ]; do
      while read -r key value _; do
        [ "$key" = "VmRSS:" ] && { echo "$value" >>"$file"; break; }
      done <"/proc/$pid/status"
      sleep 0.2
    done
  ) &
  SAMPLER_PID=$!
  BENCH_PIDS+=("$SAMPLER_PID")
}

# Highest sample in FILE, in MiB.
bench_sampled_peak() {
  awk '$1 > m { m = $1 } END { printf "%.0f", m / 1024 }' "$1"
}

# Resets VmHWM to the current RSS (Linux clear_refs), so the next peak read is that of what follows only.
# Prints nothing; when the kernel refuses, VmHWM stays the process's lifetime peak.
bench_reset_peak() {
  echo 5 >"/proc/$1/clear_refs" 2>/dev/null || true
}
