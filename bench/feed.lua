-- wrk script for bench/feed.sh: each request reads a feed page from a cursor drawn at random from
-- the file CNA_BENCH_CURSORS, with the partner key CNA_BENCH_KEY, CNA_BENCH_LIMIT changes a page.
local cursors = {}
for line in io.lines(os.getenv("CNA_BENCH_CURSORS")) do
    cursors[#cursors + 1] = line
end
local headers = { ["authorization"] = "Bearer " .. os.getenv("CNA_BENCH_KEY") }
local limit = os.getenv("CNA_BENCH_LIMIT") or "1000"

local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

function init(args)
    math.randomseed(os.time() * 100 + id)
end

function request()
    local cursor = cursors[math.random(#cursors)]
    return wrk.format("GET", "/v1/changes?limit=" .. limit .. "&cursor=" .. cursor, headers)
end

function response(status)
    if status ~= 200 then error("feed page answered " .. status) end
end
