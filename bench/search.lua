-- wrk script: GET /v1/search with the queries of bench/queries.txt in turn (URL-encoded).
local queries = {}
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
for line in io.lines("bench/queries.txt") do
  if #line > 0 then queries[#queries + 1] = encode(line) end
end
local counter = 0
function request()
  counter = counter + 1
  return wrk.format("GET", "/v1/search?limit=10&q=" .. queries[(counter % #queries) + 1])
end
function response(status)
  if status ~= 200 then error("search answered " .. status) end
end
