-- wrk script: GET the routing questions of .data/bench/route/questions.txt in turn (written by
-- bench/route.sh), each thread from its own half of the list; every answer must be a 200.
local questions = {}
for line in io.lines(".data/bench/route/questions.txt") do
  if #line > 0 then questions[#questions + 1] = line end
end
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
local counter = 0
function init(args)
  counter = (id or 0) * math.floor(#questions / 2)
end
function request()
  counter = counter + 1
  return wrk.format("GET", questions[(counter % #questions) + 1], {["Accept-Encoding"] = "gzip"})
end
function response(status)
  if status ~= 200 then error("a routing answer was " .. status) end
end
