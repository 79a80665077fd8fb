-- wrk script: events items with a bbox and a month, limit 100. Part of scripts/load.
math.randomseed(os.time() + math.floor(os.clock() * 1e6))
request = function()
  local lon = 33 + math.random() * 5
  local lat = 46.5 + math.random() * 4
  local year = math.random(2023, 2025)
  local month = math.random(1, 12)
  local path = string.format(
    "/collections/events/items?bbox=%.2f,%.2f,%.2f,%.2f&datetime=%d-%02d-01/%d-%02d-28&limit=100",
    lon, lat, lon + 1, lat + 1, year, month, year, month)
  return wrk.format("GET", path)
end
-- Shared by the wrk scripts of scripts/load: one summary line per run, read by the script.
-- RATE: requests per second for this wrk thread; unset: closed loop (see pace.lua).
package.path = "./wrk/?.lua;./scripts/wrk/?.lua;" .. package.path
delay = require("pace").delay(tonumber(os.getenv("RATE") or "0"))

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p99=%.1f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.errors.status))
end
