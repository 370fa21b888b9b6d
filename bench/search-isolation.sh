#!/usr/bin/env bash
# bench/search-isolation.sh [CNA_BINARY]
#
# What computed searches do to the other requests of the same server: 16 clients search without
# the answer cache (every answer computed, bench/search.lua) for 20 s while one client reads
# GET /v1/countries/KEN in a loop; reports both latency distributions. Runs on the database and
# index that `bench/search.sh 100000` left (.data/bench/100000); CNA_BINARY defaults to the release
# build. Needs wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
cna=${1:-target/release/cna}
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_need wrk
cna_ensure_database
export DATABASE_URL=${DATABASE_URL%/*}/cna_bench_100000 CNA_LOG=warn CNA_ADDRESS_RATE_LIMIT=0
port=18090
CNA_SEARCH_CACHE=0 CNA_DEV=true $cna serve --bind 127.0.0.1:$port \
    --data-dir .data/bench/100000/data-uncached 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.2; done
wrk -t2 -c16 -d5s -s bench/search.lua "http://127.0.0.1:$port" >/dev/null   # warm-up
wrk -t1 -c16 -d20s --latency -s bench/search.lua "http://127.0.0.1:$port" >"${TMPDIR:-/tmp}/search-load.txt" &
load=$!
sleep 1
say "GET /v1/countries/KEN, one client, while 16 clients search (18 s)"
wrk -t1 -c1 -d18s --latency "http://127.0.0.1:$port/v1/countries/KEN" | grep -E '50%|90%|99%|Requests/sec'
wait $load
say "the searches meanwhile"
grep -E '50%|99%|Requests/sec' "${TMPDIR:-/tmp}/search-load.txt"
