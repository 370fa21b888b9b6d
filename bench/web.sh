#!/usr/bin/env bash
# Server time and size of the web application's pages at demo scale.
#
#   bench/web.sh
#
# Builds the release binary, loads the demo directory into a fresh database (cna_bench_web, on
# DATABASE_URL's server or the private cluster of scripts/dev), serves it, and drives it with wrk
# (2 threads, 16 connections, 20 s after a 3 s warm-up) over the pages of bench/web-pages.lua: every
# authority, State, law and case page and the home, "find the authority" and search pages, in the
# six languages, each request the next page of the list. Search pages ask for distinct queries (the
# words of the demo data), so most are computed rather than served from the answer cache. The
# server's own time per page (from request to answer, as its log line records it) is reported over
# the measured run, at 16 connections and at 2 (one per core). Then the bytes a first visit
# transfers (gzip) for the main pages and their assets.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh
bench_need wrk

cna_ensure_database
cargo build --release --bin cna
cna=target/release/cna
server_url=${DATABASE_URL%/*}
export DATABASE_URL=$server_url/cna_bench_web
export CNA_LOG=warn CNA_ADDRESS_RATE_LIMIT=0 CNA_DEV=true
psql -q "$server_url/postgres" -c "DROP DATABASE IF EXISTS cna_bench_web WITH (FORCE)" -c "CREATE DATABASE cna_bench_web"
$cna migrate >/dev/null && $cna seed --demo >/dev/null

work=.data/bench/web
mkdir -p "$work"
export CNA_DATA_DIR=$work/server
rm -rf "$CNA_DATA_DIR"
port=18090
CNA_LOG=info $cna serve --bind 127.0.0.1:$port > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done

say "pages"
psql -At "$DATABASE_URL" > "$work/records.txt" <<'SQL'
SELECT 'authorities/' || id FROM authorities WHERE status = 'active'
UNION ALL SELECT 'legislation/' || id FROM laws
UNION ALL SELECT 'cases/' || id FROM cases
UNION ALL SELECT DISTINCT 'countries/' || country FROM authorities;
SQL
# Distinct search words: the longer words of the authorities' English names.
psql -At "$DATABASE_URL" -c "SELECT DISTINCT lower(w) FROM authorities, regexp_split_to_table(names->>'en', '[^[:alpha:]]+') w WHERE length(w) > 4" > "$work/words.txt"
{
    for lang in ar zh en fr ru es; do
        sed "s|^|/$lang/|" "$work/records.txt"
        echo "/$lang/"
        echo "/$lang/find?country=FRA&measure=MLA"
        sed "s|^|/$lang/search?q=|" "$work/words.txt"
    done
} | shuf --random-source=<(yes) > "$work/pages.txt"
wc -l < "$work/pages.txt"

# Percentiles of the server's own time per request (ms), from the log lines written since `from`.
server_time() {
    tail -n +"$1" "$work/server.log" | grep -o 'elapsed_ms=[0-9.]*' | cut -d= -f2 | sort -n | awk '
        { v[NR] = $1 }
        END { printf "server time per page over %d requests: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
              NR, v[int(NR * 0.5)], v[int(NR * 0.99)], v[NR] }'
}
wrk -t2 -c16 -d3s -s bench/web-pages.lua "http://127.0.0.1:$port" >/dev/null
for connections in 16 2; do
    say "wrk: $connections connections, 20 s"
    from=$(($(wc -l < "$work/server.log") + 1))
    wrk -t2 -c$connections -d20s --latency -s bench/web-pages.lua "http://127.0.0.1:$port"
    server_time "$from"
done

say "bytes transferred by a first visit (gzip): page + style sheet + script + icon"
assets=$(curl -s "http://127.0.0.1:$port/en/" | grep -oE '/assets/[a-z]+\.[0-9a-f]+\.[a-z]+' | sort -u)
asset_bytes=0
for a in $assets; do
    n=$(curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$a" | wc -c)
    asset_bytes=$((asset_bytes + n))
done
echo "assets: $asset_bytes bytes"
authority=$(head -1 "$work/records.txt")
for page in /en/ /ar/ "/en/$authority" "/ar/$authority" /en/countries/FRA "/en/search?q=ministry" /en/countries; do
    n=$(curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$page" | wc -c)
    echo "$page: $n bytes, with assets $((n + asset_bytes))"
done
