-- Prints one machine-readable line when wrk ends: requests, req/s, p50/p99 latency (ms) and errors.
-- wrk counts a status of 400 or more in errors.status.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.timeout, e.status))
end
