-- wrk script: GET each page of .data/bench/web/pages.txt in turn (written by bench/web.sh).
local pages = {}
local function encode(s)
  return (s:gsub("[^%w%-_%.~/%?=&]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
for line in io.lines(".data/bench/web/pages.txt") do
  if #line > 0 then pages[#pages + 1] = encode(line) end
end
local counter = 0
function request()
  counter = counter + 1
  return wrk.format("GET", pages[(counter % #pages) + 1], {["Accept-Encoding"] = "gzip"})
end
function response(status)
  if status ~= 200 then error("a page answered " .. status) end
end
