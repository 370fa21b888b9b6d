#!/usr/bin/env bash
# The routing answer's server time at demo scale.
#
#   bench/route.sh
#
# Builds the release binary, loads the demo directory and its treaty participation into a fresh
# database (cna_bench_route, on DATABASE_URL's server or the private cluster of scripts/dev), serves
# it with the default settings, and drives GET /v1/route with wrk (2 threads, 20 s after a 3 s
# warm-up, at 2 and 16 connections) over every question (requesting State, requested State, measure)
# the demo States and the 13 measures make, a quarter of them urgent, in a fixed shuffled order:
# each request asks the next question, so no answer repeats within a run. The server keeps no cache of
# routing answers; every answer is computed. The server's own time per request (from arrival to
# answer, as its log line records it) is reported over the measured run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh
bench_need wrk

cna_ensure_database
cargo build --release --bin cna
cna=target/release/cna
server_url=${DATABASE_URL%/*}
export DATABASE_URL=$server_url/cna_bench_route
export CNA_LOG=warn CNA_ADDRESS_RATE_LIMIT=0 CNA_DEV=true
psql -q "$server_url/postgres" -c "DROP DATABASE IF EXISTS cna_bench_route WITH (FORCE)" -c "CREATE DATABASE cna_bench_route"
$cna migrate >/dev/null && $cna seed --demo >/dev/null

work=.data/bench/route
mkdir -p "$work"
export CNA_DATA_DIR=$work/server
rm -rf "$CNA_DATA_DIR"
port=18091
CNA_LOG=info $cna serve --bind 127.0.0.1:$port > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done

say "questions"
psql -At "$DATABASE_URL" > "$work/questions.txt" <<'SQL'
WITH states AS (SELECT DISTINCT country FROM authorities)
SELECT '/v1/route?from=' || f.country || '&to=' || t.country || '&measure=' || c.code
       || CASE WHEN (hashtext(f.country || t.country || c.code) % 4) = 0 THEN '&urgent=true' ELSE '' END
FROM states f, states t, competence_types c
WHERE f.country <> t.country;
SQL
shuf --random-source=<(yes) "$work/questions.txt" -o "$work/questions.txt"
wc -l < "$work/questions.txt"

server_time() {
    tail -n +"$1" "$work/server.log" | grep 'path=/v1/route' | grep -o 'elapsed_ms=[0-9.]*' | cut -d= -f2 | sort -n | awk '
        { v[NR] = $1 }
        END { printf "server time per answer over %d requests: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
              NR, v[int(NR * 0.5)], v[int(NR * 0.99)], v[NR] }'
}
wrk -t2 -c16 -d3s -s bench/route.lua "http://127.0.0.1:$port" >/dev/null
for connections in 2 16; do
    say "wrk: $connections connections, 20 s"
    from=$(($(wc -l < "$work/server.log") + 1))
    wrk -t2 -c$connections -d20s --latency -s bench/route.lua "http://127.0.0.1:$port"
    server_time "$from"
done
