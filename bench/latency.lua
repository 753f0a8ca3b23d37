-- wrk script: sends the session cookie, walks through the paths in PATHS_FILE (one per line), counts every
-- answer that is not 200 (an expired session would otherwise "pass" as fast redirects), and prints one result line.
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  paths = {}
  counter = 0
  not_ok = 0
  local file = io.open(os.getenv("PATHS_FILE"), "r")
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
end

function request()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { ["Cookie"] = "TIMPORA_SESSION=" .. os.getenv("SESSION") })
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
