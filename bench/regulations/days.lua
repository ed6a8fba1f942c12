-- Rotates the day of a point-in-time request over 3,650 days (2016-01-01 onwards), so that each
-- request renders the text of some day rather than the same one; the path comes from wrk's URL.
local start = os.time({ year = 2016, month = 1, day = 1, hour = 12 })
local n = 0
request = function()
  n = n + 1
  local day = os.date("!%Y-%m-%d", start + ((n * 7919) % 3650) * 86400)
  return wrk.format("GET", wrk.path .. "?on=" .. day)
end
