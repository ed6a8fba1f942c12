-- wrk script: each connection walks through the request paths in paths.txt, starting at a
-- different place, so that the fixed list of searches is spread over all connections.
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do
  paths[#paths + 1] = line
end
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7)
end
local i = 0
function request()
  i = i + 1
  local path = paths[((i + offset) % #paths) + 1]
  return wrk.format("GET", path)
end
