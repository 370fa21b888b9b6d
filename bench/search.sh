#!/usr/bin/env bash
# bench/search.sh RECORDS [--full]
#
# The search benchmarks of docs/PERFORMANCE.md, on a generated corpus of RECORDS records (plus the
# demo data): import, full index rebuild (time and peak memory), and with --full also search
# throughput and latency at 16 concurrent clients (wrk) beside PostgreSQL full-text search on the
# same documents and queries (pgbench), /healthz as the ceiling, the server's memory, and
# write-to-searchable latency. Uses DATABASE_URL's server, or the private cluster of scripts/dev.
# Work files go to .data/bench/RECORDS (git-ignored). Needs wrk (installed from Debian as root).
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:?usage: bench/search.sh RECORDS [--full]}
full=${2:-}
# shellcheck source=bench/lib.sh
source bench/lib.sh
if [[ $full == --full ]]; then bench_need wrk; fi
bench_prepare "$records"

say "full index rebuild"
rm -rf "$work/data" "$work/data-uncached"
/usr/bin/time -f "rebuild: %e s wall, %M KiB peak RSS" $cna reindex --data-dir "$work/data"
du -sh "$work/data/search"
cp -r "$work/data" "$work/data-uncached"   # a second server process needs an index of its own

[[ $full == --full ]] || exit 0

port=18080
CNA_DEV=true $cna serve --bind 127.0.0.1:$port --data-dir "$work/data" 2>"$work/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.2; done

say "search: 16 concurrent clients, 30 s, $(wc -l < bench/queries.txt) queries in turn (wrk)"
wrk -t2 -c16 -d5s -s bench/search.lua "http://127.0.0.1:$port" >/dev/null   # warm-up
wrk -t2 -c16 -d30s --latency -s bench/search.lua "http://127.0.0.1:$port"

say "search without the answer cache (CNA_SEARCH_CACHE=0): every search computed"
CNA_SEARCH_CACHE=0 CNA_DEV=true $cna serve --bind 127.0.0.1:$((port + 1)) --data-dir "$work/data-uncached" \
    2>"$work/server-uncached.log" &
uncached=$!
until curl -sf "http://127.0.0.1:$((port + 1))/readyz" >/dev/null; do sleep 0.2; done
wrk -t2 -c16 -d5s -s bench/search.lua "http://127.0.0.1:$((port + 1))" >/dev/null   # warm-up
wrk -t2 -c16 -d30s --latency -s bench/search.lua "http://127.0.0.1:$((port + 1))"
kill $uncached

say "ceiling: GET /healthz, 16 concurrent clients, 30 s (wrk)"
wrk -t2 -c16 -d30s --latency "http://127.0.0.1:$port/healthz"

say "server memory after the runs"
grep -E 'VmHWM|VmRSS' "/proc/$server/status"

say "PostgreSQL full-text search: same documents and queries, 16 clients, 30 s (pgbench)"
psql -q "$DATABASE_URL" -f bench/pg-fts.sql
queries=$(grep -c . bench/queries.txt)
pgbench -n -c 16 -j 2 -T 5 -D queries="$queries" -f bench/pgbench-fts.sql "$DATABASE_URL" >/dev/null   # warm-up
rm -f "$work"/pgbench_log*
pgbench -n -c 16 -j 2 -T 30 -D queries="$queries" -l --log-prefix="$work/pgbench_log" -f bench/pgbench-fts.sql "$DATABASE_URL" \
    | grep -E 'tps|latency|transactions'
# Per-transaction latencies (third column, microseconds) for the percentiles.
cat "$work"/pgbench_log* | awk '{print $3}' | sort -n \
    | awk '{v[NR]=$1} END {printf "latency p50 %.2f ms, p99 %.2f ms over %d searches\n", v[int(NR*0.5)]/1000, v[int(NR*0.99)]/1000, NR}'
psql -q "$DATABASE_URL" -c "DROP TABLE fts_docs, bench_queries"

say "write-to-searchable latency (50 writes through the API)"
printf 'bench-password-0123456789\n' \
    | $cna user create --email bench@cna.example --role admin --password-stdin >/dev/null 2>&1 \
    || true   # already made by an earlier run on this database
python3 bench/freshness.py "http://127.0.0.1:$port" bench@cna.example bench-password-0123456789 50
