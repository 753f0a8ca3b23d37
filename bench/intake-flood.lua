-- wrk script: a script flooding POST /lapor from ONE client address (X-Forwarded-For, the app trusting 127.0.0.1 as
-- its proxy) at a fixed rate: each connection waits DELAY_MS between its requests (wrk's delay()), so with C
-- connections the offered rate is about C * 1000 / DELAY_MS per second. It sends a real session, CSRF token and
-- question (SESSION, CSRF, CHALLENGE, ANSWER), the same report every time. Counts answers by status.
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  ok = 0
  limited = 0
  other = 0
  wait = tonumber(os.getenv("DELAY_MS") or "10")
  body = "_csrf=" .. os.getenv("CSRF") .. "&challengeId=" .. os.getenv("CHALLENGE") .. "&answer=" .. os.getenv("ANSWER")
    .. "&description=Banyak+orang+asing+bekerja+di+kebun+sawit+tanpa+izin&peopleCount=3&regionCode=61.06.01.2004"
    .. "&observedDate=" .. os.getenv("OBSERVED_DATE") .. "&observedTime=" .. os.getenv("OBSERVED_TIME")
    .. "&consent=true&website="
end

function delay()
  return wait
end

function request()
  return wrk.format("POST", "/lapor", {
    ["Cookie"] = "TIMPORA_SESSION=" .. os.getenv("SESSION"),
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = os.getenv("CLIENT"),
  }, body)
end

function response(status, headers, body)
  if status == 429 then limited = limited + 1
  elseif status == 200 or status == 302 then ok = ok + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local l, o, x = 0, 0, 0
  for _, thread in ipairs(threads) do
    l = l + thread:get("limited"); o = o + thread:get("ok"); x = x + thread:get("other")
  end
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d rate=%.1f/s answered=%d limited_429=%d other=%d socket_errors=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f\n",
    summary.requests, summary.requests / (summary.duration / 1e6), o, l, x, failed,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
