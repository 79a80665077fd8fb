-- wrk script: events/regions tiles over the front line, z5-z12, with and without a date filter.
-- Like map users, most requests (HOT, default 90%) go to a set of 400 popular tiles (the same for
-- every thread, so the cache can serve them); the rest are random, almost never cached.
-- Part of scripts/load.
local hot_share = tonumber(os.getenv("HOT") or "0.9")
local function tile(z, lon, lat)
  local n = 2 ^ z
  local x = math.floor((lon + 180) / 360 * n)
  local r = math.rad(lat)
  local y = math.floor((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n)
  return x, y
end
local ranges = {"", "?datetime=2024-01-01/2024-06-30", "?datetime=2025-03-01/2025-03-31&type=battles",
  "?datetime=2023-06-01/.."}
local function random_path()
  local z = math.random(5, 12)
  local lon = 33 + math.random() * 6
  local lat = 46.5 + math.random() * 5
  local x, y = tile(z, lon, lat)
  local layer = (math.random() < 0.8) and "events" or "regions"
  return string.format("/tiles/%s/%d/%d/%d.mvt%s", layer, z, x, y, ranges[math.random(#ranges)])
end

math.randomseed(42)
local hot = {}
for i = 1, 400 do
  hot[i] = random_path()
end
math.randomseed(os.time() + math.floor(os.clock() * 1e6))

request = function()
  local path = (math.random() < hot_share) and hot[math.random(#hot)] or random_path()
  return wrk.format("GET", path, {["Accept-Encoding"] = "gzip"})
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
