-- wrk script: POST /reports with ~3 KB reports, each one unique (so none is a duplicate).
-- Usage: wrk -t2 -c8 -d30s -s scripts/wrk/post-reports.lua http://127.0.0.1:7070
-- The text is written for this benchmark: several sentences naming towns and regions.
local towns = {"Kupiansk", "Pokrovsk", "Kramatorsk", "Kherson", "Sumy", "Nikopol", "Orikhiv",
  "Vovchansk", "Sloviansk", "Huliaipole", "Belgorod", "Shebekino", "Sudzha", "Odesa", "Kharkiv"}
local verbs = {"Shelling hit", "Drones struck", "Fighting was reported near", "Missiles struck",
  "Troops clashed outside"}
local counter = 0
-- A nonce per run: texts never repeat across runs either (a repeat is a duplicate, stored once).
local run = tostring(os.time()) .. "-" .. tostring(math.floor(os.clock() * 1e6))
-- Each thread gets its own id (set by setup in the thread's Lua state), so texts never repeat.
local next_thread = 0

setup = function(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

local function sentence(i)
  local t = towns[(i % #towns) + 1]
  local v = verbs[(i % #verbs) + 1]
  return v .. " " .. t .. " on Tuesday, regional officials said, adding that emergency crews "
    .. "were working at the scene and that the damage was still being assessed. "
end

request = function()
  counter = counter + 1
  local parts = {}
  for k = 1, 18 do
    parts[#parts + 1] = sentence(counter * 7 + k)
  end
  parts[#parts + 1] = "Dispatch " .. run .. "-" .. tostring(thread_id) .. "-" .. counter .. "."
  local text = table.concat(parts)
  local body = '{"text":"' .. text .. '","published":"2025-05-06","lang":"en"}'
  return wrk.format("POST", "/reports", {["Content-Type"] = "application/json"}, body)
end

-- RATE: reports per second for this wrk thread (scripts/load: 50 over 8 connections).
package.path = "./wrk/?.lua;./scripts/wrk/?.lua;" .. package.path
delay = require("pace").delay(tonumber(os.getenv("RATE") or "0"))

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p99=%.1f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.errors.status))
end
