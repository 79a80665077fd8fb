-- Pacing for wrk scripts: RATE requests per second for one wrk thread, whatever the latency (as long
-- as the thread has enough connections: RATE x latency < connections). Each request takes the next
-- slot of a fixed schedule; a backlog older than one second is dropped rather than sent as a burst.
-- Without RATE (or RATE=0) the script runs closed-loop, each connection as fast as it is answered.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } cm_timespec;
  int clock_gettime(int clock_id, cm_timespec *tp);
]]
local M = {}

local function now_ms()
  local t = ffi.new("cm_timespec")
  ffi.C.clock_gettime(1, t) -- CLOCK_MONOTONIC
  return tonumber(t.tv_sec) * 1000 + tonumber(t.tv_nsec) / 1e6
end

--- A wrk delay() function for `rate` requests per second, or nil for closed loop.
function M.delay(rate)
  if not rate or rate <= 0 then
    return nil
  end
  local interval = 1000 / rate
  local due = nil
  return function()
    local now = now_ms()
    if due == nil or due < now - 1000 then
      due = now
    end
    due = due + interval
    local d = due - now
    if d < 0 then
      d = 0
    end
    return math.floor(d)
  end
end

return M
