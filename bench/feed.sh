#!/usr/bin/env bash
# bench/feed.sh RECORDS
#
# The partner-feed benchmarks of docs/PERFORMANCE.md, on a generated corpus of RECORDS records (plus
# the demo data), loaded as bench/search.sh loads it (CNA_BENCH_REUSE=1 reuses the database an
# earlier run of either left): the export with `cna export` and over HTTP (time, peak memory), one
# client reading the whole feed from the beginning, 16 concurrent clients reading feed pages (wrk),
# and how far the feed lags behind writes made through the API, alone and while the feed is read.
# Uses DATABASE_URL's server, or the private cluster of scripts/dev. Work files go to
# .data/bench/RECORDS (git-ignored). Needs wrk (installed from Debian as root).
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:?usage: bench/feed.sh RECORDS}
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_need wrk
bench_prepare "$records"

say "export: cna export, every record as an administrator sees it"
/usr/bin/time -f "cna export: %e s wall, %M KiB peak RSS" $cna export --out "$work/export.ndjson"
ls -l "$work/export.ndjson"
head -1 "$work/export.ndjson"
tail -1 "$work/export.ndjson"

say "search index for the server (cna reindex), so that serving starts caught up"
rm -rf "$work/feed-data"
/usr/bin/time -f "rebuild: %e s wall, %M KiB peak RSS" $cna reindex --data-dir "$work/feed-data"

port=18090
base=http://127.0.0.1:$port
CNA_DEV=true CNA_PARTNER_RATE_LIMIT=0 CNA_ADDRESS_RATE_LIMIT=0 CNA_PARTNER_CONCURRENCY=0 \
    $cna serve --bind 127.0.0.1:$port --data-dir "$work/feed-data" 2>"$work/feed-server.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "$base/readyz" >/dev/null; do sleep 0.2; done
# The server's memory: now, at its highest (VmHWM, which also counts the pages of the search index's
# files mapped into it), and the highest of its own, anonymous memory (RssAnon, sampled every 0.2 s)
# since the last report.
rm -f "$work/rss-anon.txt"
(while [[ -r /proc/$server/status ]]; do
    awk '/RssAnon/ {print $2}' "/proc/$server/status" >>"$work/rss-anon.txt" 2>/dev/null || true
    sleep 0.2
done) &
memory() {
    grep -E 'VmHWM|VmRSS|RssAnon|RssFile' "/proc/$server/status" | tr -s ' \t\n' ' '
    echo "| highest RssAnon since the last report: $(sort -n "$work/rss-anon.txt" | tail -1) kB"
    : >"$work/rss-anon.txt"
}
key=$($cna partner create --name "Feed benchmark $(date +%s)" --tier public)
printf 'bench-password-0123456789\n' \
    | $cna user create --email bench@cna.example --role admin --password-stdin >/dev/null 2>&1 \
    || true   # already made by an earlier run on this database

say "export over HTTP: GET /v1/export with a public partner key"
echo "server before: $(memory)"
curl -sS -o "$work/export-http.ndjson" -H "authorization: Bearer $key" \
    -w 'GET /v1/export: %{time_total} s, %{size_download} bytes, HTTP %{http_code}\n' "$base/v1/export"
tail -1 "$work/export-http.ndjson"
echo "server after: $(memory)"

say "feed: one client reading the whole log from the beginning, 1000 changes a page"
python3 bench/feed.py walk "$base" "$key" "$work/cursors.txt" | tee "$work/walk.txt"
end=$(awk '/^end cursor/ {print $3}' "$work/walk.txt")
echo "server: $(memory)"

for limit in 1000 100; do
    say "feed: 16 concurrent clients, pages of $limit changes at random cursors, 30 s (wrk)"
    export CNA_BENCH_CURSORS=$work/cursors.txt CNA_BENCH_KEY=$key CNA_BENCH_LIMIT=$limit
    wrk -t2 -c16 -d5s --timeout 10s -s bench/feed.lua "$base" >/dev/null   # warm-up
    wrk -t2 -c16 -d30s --timeout 10s --latency -s bench/feed.lua "$base"
    echo "server: $(memory)"
done

say "feed lag behind writes: 8 writers through the API for 30 s, one follower long-polling"
python3 bench/feed.py lag "$base" "$key" "$end" bench@cna.example bench-password-0123456789 8 30
echo "server: $(memory)"

say "feed lag behind writes, while 16 other clients read feed pages of 1000 (wrk)"
CNA_BENCH_LIMIT=1000 wrk -t2 -c16 -d45s --timeout 10s -s bench/feed.lua "$base" >"$work/wrk-during-lag.txt" &
reading=$!
python3 bench/feed.py lag "$base" "$key" "$end" bench@cna.example bench-password-0123456789 8 30
wait $reading
grep -E 'Requests/sec' "$work/wrk-during-lag.txt"

say "server memory after the runs"
memory
