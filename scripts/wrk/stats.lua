-- wrk script: time series and region counts under random filters. Part of scripts/load.
math.randomseed(os.time() + math.floor(os.clock() * 1e6))
local types = {"battles", "explosions_remote_violence", "protests", "violence_against_civilians"}
local regions = {"UA-14", "UA-63", "UA-23", "RU-KRS", "RU-BEL", "UA-59"}
request = function()
  local r = math.random()
  local path
  if r < 0.5 then
    path = string.format("/stats/timeseries?interval=week&region=%s&datetime=%d-01-01/..",
      regions[math.random(#regions)], math.random(2023, 2025))
  elseif r < 0.8 then
    path = string.format("/stats/timeseries?interval=month&groupBy=type&type=%s",
      types[math.random(#types)])
  else
    path = string.format("/stats/regions?datetime=%d-%02d-01/..", math.random(2023, 2025),
      math.random(1, 12))
  end
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
