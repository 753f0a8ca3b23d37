-- wrk script for the public form (#14): GET /lapor as a first-time visitor (no cookie: each request opens a session
-- and a question, as a citizen's first visit does); counts every answer that is not 200; prints one result line.
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  not_ok = 0
end

function request()
  return wrk.format("GET", "/lapor")
end

function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, thread in ipairs(threads) do failed = failed + thread:get("not_ok") end
  io.write(string.format("RESULT requests=%d not_ok=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f\n",
    summary.requests, failed, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
