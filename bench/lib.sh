# shellcheck shell=bash
# bench/lib.sh -- sourced by the bench/*.sh scripts, from the repository root.
#
# bench_prepare RECORDS
#   Builds the release binary and points DATABASE_URL at the database cna_bench_RECORDS (on
#   DATABASE_URL's server, or the private cluster of scripts/dev), holding the demo data and a
#   generated corpus of RECORDS records. The corpus is generated once into .data/bench/RECORDS
#   (git-ignored); the database is dropped and loaded again with `cna import` (timed), unless
#   CNA_BENCH_REUSE=1 says to reuse the one an earlier run left. Sets: work, cna, server_url,
#   database.
# bench_need COMMAND
#   Installs COMMAND's Debian package of the same name when missing (as root), or stops.

# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

say() { printf '\n## %s\n' "$*"; }

bench_need() {
    command -v "$1" >/dev/null && return
    if [[ $(id -u) == 0 ]]; then apt-get install -y "$1" >/dev/null; else echo "install $1" >&2; exit 1; fi
}

bench_prepare() {
    local records=$1
    cna_ensure_database
    work=.data/bench/$records
    mkdir -p "$work"
    cargo build --release --bin cna
    cna=target/release/cna
    server_url=${DATABASE_URL%/*}
    database=cna_bench_$records
    export DATABASE_URL=$server_url/$database
    export CNA_LOG=warn
    # The load comes from one address: the per-address rate limit would measure itself.
    export CNA_ADDRESS_RATE_LIMIT=0

    say "corpus: $records records"
    [[ -s $work/corpus.ndjson ]] || $cna bench-corpus --records "$records" --out "$work/corpus.ndjson"
    ls -l "$work/corpus.ndjson"

    if [[ ${CNA_BENCH_REUSE:-} == 1 ]]; then
        say "import skipped: reusing database $database (CNA_BENCH_REUSE=1)"
        $cna migrate
    else
        say "import (fresh database, migrations, demo data, then the corpus)"
        psql -q "$server_url/postgres" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
            -c "CREATE DATABASE $database"
        $cna migrate && $cna seed --demo >/dev/null
        /usr/bin/time -f "import: %e s wall, %M KiB peak RSS" $cna import "$work/corpus.ndjson"
    fi
}
