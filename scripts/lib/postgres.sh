# shellcheck shell=bash
#
# scripts/lib/postgres.sh -- sourced by scripts/dev and scripts/test.
#
# cna_ensure_database
#   Makes sure DATABASE_URL names a usable Postgres database.
#
#   * DATABASE_URL already set (non-empty): it is used as is; nothing else
#     happens.
#   * Otherwise a private Postgres cluster for this checkout is created and/or
#     started with the machine's own Postgres binaries, database "cna" is
#     created if missing, and
#         DATABASE_URL=postgres://<user>@127.0.0.1:<port>/cna
#     is exported. <user> is the cluster's superuser (trust auth, no password),
#     so it may CREATE DATABASE, which the Rust tests need.
#
# Cluster layout, <repo>/.data/postgres (.data/ is git-ignored):
#     data/   PGDATA; the unix socket lives here too (never /var/run)
#     log     server log (pg_ctl -l)
#     port    TCP port chosen for this cluster; later runs reuse it
#     .lock   serializes concurrent calls (flock), e.g. scripts/dev + scripts/test
# When run as root, the server runs as the system user "postgres" (initdb and
# postgres refuse to run as root). If that user cannot reach the checkout (say
# it lives under a 0700 home directory), the cluster goes to
# /var/tmp/cna-postgres-<hash of repo path> instead.
#
# The cluster is deliberately left running between runs (starting it is the
# slow part). Stop it by hand if you want to:
#     pg_ctl -D .data/postgres/data stop                        # as its owner
#     runuser -u postgres -- pg_ctl -D .data/postgres/data stop  # set up by root
# To throw it away: stop it, then rm -rf .data/postgres.
#
# Knobs: CNA_PG_PORT (preferred port, default 5433; if taken by something else,
# the next free port is used and remembered).
#
# This file sets no shell options and works under `set -euo pipefail`: every
# failure is handled explicitly and makes cna_ensure_database return non-zero
# after printing a message.

_cna_pg_note() { printf 'cna: %s\n' "$*" >&2; }
_cna_pg_err() { printf 'cna: error: %s\n' "$*" >&2; }

# Globals filled in by cna_ensure_database (prefixed to avoid clashes).
_cna_pg_bindir=
_cna_pg_runas= # OS user to run initdb/pg_ctl as; empty = current user
_cna_pg_user=  # OS user owning the server = its superuser role
_cna_pg_port=
_cna_pg_base=   # cluster directory (see layout above)
_cna_pg_lockfd=

_cna_pg_repo_root() {
  (cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
}

_cna_pg_bindir_ok() {
  [[ -n ${1:-} && -x $1/initdb && -x $1/pg_ctl && -x $1/postgres ]]
}

# pg_config --bindir, else the newest /usr/lib/postgresql/*/bin, else initdb on PATH.
_cna_pg_find_bindir() {
  local dir cand
  local -a cands
  _cna_pg_bindir=
  # Note: Debian's libpq-dev ships a pg_config that reports a bindir even when
  # no server is installed, hence the _cna_pg_bindir_ok check.
  if command -v pg_config >/dev/null 2>&1 &&
    dir=$(pg_config --bindir 2>/dev/null) && _cna_pg_bindir_ok "$dir"; then
    _cna_pg_bindir=$dir
    return 0
  fi
  cands=(/usr/lib/postgresql/*/bin)
  if [[ -e ${cands[0]} ]]; then
    while IFS= read -r cand; do
      if _cna_pg_bindir_ok "$cand"; then
        _cna_pg_bindir=$cand
        return 0
      fi
    done < <(printf '%s\n' "${cands[@]}" | sort -rV)
  fi
  if dir=$(command -v initdb 2>/dev/null); then
    # Resolve symlinks (e.g. /usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb).
    dir=$(readlink -f "$dir" 2>/dev/null || printf '%s' "$dir")
    dir=$(dirname "$dir")
    if _cna_pg_bindir_ok "$dir"; then
      _cna_pg_bindir=$dir
      return 0
    fi
  fi
  return 1
}

_cna_pg_major() { # major version of the server binaries in bindir $1
  "$1/postgres" --version 2>/dev/null | sed -nE '1s/^[^0-9]*([0-9]+).*/\1/p'
}

# Run a command as the user owning the cluster (from / so that an unreadable
# current directory does not bother it).
_cna_pg_as_owner() {
  if [[ -z $_cna_pg_runas ]]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u "$_cna_pg_runas" -- "$@")
  else
    # shellcheck disable=SC2016 # expanded by the inner shell
    (cd / && su -s /bin/sh -c 'exec "$0" "$@"' "$_cna_pg_runas" "$@")
  fi
}

_cna_pg_owner_of() {
  stat -c %U "$1" 2>/dev/null || stat -f %Su "$1" 2>/dev/null
}

_cna_pg_path_hash() {
  if command -v sha256sum >/dev/null 2>&1; then
    printf '%s' "$1" | sha256sum | cut -c1-12
  else
    printf '%s' "$1" | cksum | cut -d' ' -f1
  fi
}

# True if something accepts TCP connections on 127.0.0.1:$1.
_cna_pg_port_in_use() {
  local rc=0
  if command -v timeout >/dev/null 2>&1; then
    # shellcheck disable=SC2016 # expanded by the inner shell
    timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null || rc=$?
    [[ $rc == 0 || $rc == 124 ]] # 124: connect hung, so somebody is there
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# Print the first port >= $1 that nobody listens on.
_cna_pg_free_port() {
  local port=$1 tries=0
  while _cna_pg_port_in_use "$port"; do
    port=$((port + 1))
    tries=$((tries + 1))
    if ((tries >= 200 || port > 65535)); then
      _cna_pg_err "no free TCP port found in $1..$port on 127.0.0.1 (set CNA_PG_PORT)"
      return 1
    fi
  done
  printf '%s\n' "$port"
}

# True if process $1 is alive (not a zombie) and is a postmaster for data dir $2.
_cna_pg_pid_holds() {
  local pid=$1 pgdata=$2 state cwd comm
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  if [[ -d /proc/$pid ]]; then
    state=$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$pid/status" 2>/dev/null || true)
    [[ -n $state && $state != Z && $state != X ]] || return 1
    # A postmaster's working directory is its data directory.
    if cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) && [[ -n $cwd ]]; then
      [[ $cwd == "$(cd -P "$pgdata" 2>/dev/null && pwd)" ]]
      return
    fi
    comm=$(cat "/proc/$pid/comm" 2>/dev/null || true)
  else
    comm=$(ps -o comm= -p "$pid" 2>/dev/null) || return 1
  fi
  [[ $comm == *postgres* || $comm == *postmaster* ]]
}

_cna_pg_tail_log() {
  if [[ -s $1 ]]; then
    printf 'cna: last lines of %s:\n' "$1" >&2
    tail -n "${2:-25}" "$1" | sed 's/^/    /' >&2
  fi
}

_cna_pg_psql() { # run psql against the private cluster's maintenance db
  local psql=$_cna_pg_bindir/psql
  [[ -x $psql ]] || psql=psql
  "$psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$_cna_pg_port" \
    -U "$_cna_pg_user" -d postgres "$@"
}

_cna_pg_wait_ready() { # $1 = log file
  local isready=$_cna_pg_bindir/pg_isready
  local deadline=$((SECONDS + ${CNA_PG_WAIT_SECONDS:-30}))
  [[ -x $isready ]] || isready=pg_isready
  until "$isready" -q -t 2 -h 127.0.0.1 -p "$_cna_pg_port" -U "$_cna_pg_user" -d postgres; do
    if ((SECONDS >= deadline)); then
      _cna_pg_err "Postgres on 127.0.0.1:$_cna_pg_port did not accept connections within ${CNA_PG_WAIT_SECONDS:-30}s"
      _cna_pg_tail_log "$1"
      return 1
    fi
    sleep 0.2
  done
}

_cna_pg_initdb() { # $1 = base dir; creates $1/data atomically via $1/data.new
  local base=$1 new=$1/data.new out locale
  rm -rf "$new"
  for locale in C.UTF-8 C; do
    if out=$(_cna_pg_as_owner "$_cna_pg_bindir/initdb" -D "$new" --auth=trust \
      --username="$_cna_pg_user" --encoding=UTF8 --locale="$locale" --no-sync 2>&1); then
      printf '\n# Local settings for cna (port, socket dir, dev/test tuning).\ninclude_if_exists = '\''cna.conf'\''\n' \
        >>"$new/postgresql.conf" || return 1
      mv "$new" "$base/data" || return 1
      return 0
    fi
    rm -rf "$new"
    [[ $locale == C ]] || _cna_pg_note "initdb with locale C.UTF-8 failed; retrying with locale C"
  done
  _cna_pg_err "initdb failed:"
  printf '%s\n' "$out" | sed 's/^/    /' >&2
  return 1
}

_cna_pg_write_conf() { # $1 = pgdata, $2 = port
  local pgdata=$1 port=$2 sockdir=$1
  # Unix socket paths are limited to ~107 bytes, and the setting is a
  # comma-separated list; in awkward cases go TCP-only (pg_ctl -w copes).
  if ((${#sockdir} + 11 + ${#port} > 107)) || [[ $sockdir =~ [,\'\"\\[:space:]] ]]; then
    _cna_pg_note "data dir path too long or unusual for a unix socket; the server listens on TCP only"
    sockdir=
  fi
  {
    printf '# Written by scripts/lib/postgres.sh before every start; edits are overwritten.\n'
    printf "listen_addresses = '127.0.0.1'\n"
    printf 'port = %s\n' "$port"
    printf "unix_socket_directories = '%s'\n" "$sockdir"
    printf 'fsync = off\n'
    printf 'synchronous_commit = off\n'
    printf 'full_page_writes = off\n'
    printf 'max_connections = 200\n'
    printf 'shared_buffers = 128MB\n'
  } >"$pgdata/cna.conf" || return 1
  if [[ -n $_cna_pg_runas ]]; then
    chown "$_cna_pg_runas" "$pgdata/cna.conf" || return 1
  fi
}

# Bring the cluster in base dir $1 up (init/start as needed); sets _cna_pg_port.
# Called with the lock held.
_cna_pg_up() {
  local base=$1 pgdata=$1/data log=$1/log portfile=$1/port
  local pid want port out before newlog attempt major

  # Already running? Then reuse it, on whatever port it listens.
  if [[ -f $pgdata/postmaster.pid ]]; then
    pid=$(head -n 1 "$pgdata/postmaster.pid" 2>/dev/null || true)
    if _cna_pg_pid_holds "$pid" "$pgdata"; then
      _cna_pg_port=$(sed -n 4p "$pgdata/postmaster.pid")
      if [[ -n ${CNA_PG_PORT:-} && $CNA_PG_PORT != "$_cna_pg_port" ]]; then
        _cna_pg_note "private cluster already runs on port $_cna_pg_port; CNA_PG_PORT=$CNA_PG_PORT ignored (stop it to change ports)"
      fi
      return 0
    fi
    _cna_pg_note "removing stale postmaster.pid (no live server with pid ${pid:-?})"
    rm -f "$pgdata/postmaster.pid" || return 1
  fi

  if [[ ! -f $pgdata/PG_VERSION ]]; then
    if [[ -e $pgdata ]]; then
      _cna_pg_err "$pgdata exists but is not a Postgres data directory; remove it and retry"
      return 1
    fi
    _cna_pg_note "creating private Postgres cluster in $base (one-time)"
    _cna_pg_initdb "$base" || return 1
  fi

  major=$(_cna_pg_major "$_cna_pg_bindir")
  if [[ $(<"$pgdata/PG_VERSION") != "$major" ]]; then
    _cna_pg_err "$pgdata was created by PostgreSQL $(<"$pgdata/PG_VERSION"), but the binaries in $_cna_pg_bindir are version ${major:-?}." \
      "Install that version, set DATABASE_URL, or delete $base (its data is lost) to recreate it."
    return 1
  fi

  # Not running: clean up leftovers of a crash (the server is not running, so
  # any socket or socket lock file in the data dir is stale).
  rm -f "$pgdata"/.s.PGSQL.* || return 1

  if [[ -n ${CNA_PG_PORT:-} ]]; then
    want=$CNA_PG_PORT
  elif [[ -s $portfile ]]; then
    want=$(<"$portfile")
  else
    want=5433
  fi
  if ! [[ $want =~ ^[0-9]+$ ]] || ((want < 1 || want > 65535)); then
    _cna_pg_err "invalid port '$want' (from ${CNA_PG_PORT:+CNA_PG_PORT}${CNA_PG_PORT:-$portfile})"
    return 1
  fi
  port=$(_cna_pg_free_port "$want") || return 1
  [[ $port == "$want" ]] || _cna_pg_note "port $want is in use by something else; using $port"

  for ((attempt = 0; attempt < 10; attempt++)); do
    _cna_pg_write_conf "$pgdata" "$port" || return 1
    before=0
    [[ -f $log ]] && before=$(wc -c <"$log")
    _cna_pg_note "starting private Postgres on 127.0.0.1:$port"
    # {_cna_pg_lockfd}>&- : the server must not inherit (and so keep) our lock.
    if out=$(_cna_pg_as_owner "$_cna_pg_bindir/pg_ctl" -D "$pgdata" -l "$log" -w -t 60 start 2>&1 {_cna_pg_lockfd}>&-); then
      _cna_pg_port=$port
      printf '%s\n' "$port" >"$portfile" || return 1
      return 0
    fi
    newlog=$(tail -c +"$((before + 1))" "$log" 2>/dev/null || true)
    if [[ $newlog == *"could not bind"* || $newlog == *"could not create any TCP/IP sockets"* ]]; then
      # Lost a race for the port; take the next free one.
      port=$(_cna_pg_free_port "$((port + 1))") || return 1
      _cna_pg_note "port was taken meanwhile; trying $port"
    elif [[ $newlog == *"is still in use"* ]]; then
      # Backends of a crashed (kill -9) postmaster still hold its shared memory.
      sleep 1
    else
      break
    fi
  done
  _cna_pg_err "could not start Postgres in $pgdata:"
  printf '%s\n' "$out" | sed 's/^/    /' >&2
  _cna_pg_tail_log "$log"
  return 1
}

# Decide where the cluster lives (_cna_pg_base) and who runs it.
_cna_pg_choose_base() {
  local repo=$1 base=$1/.data/postgres owner hash
  if ((EUID != 0)); then
    _cna_pg_runas=
    _cna_pg_user=$(id -un) || return 1
    if [[ -e $base/data && ! -O $base/data ]]; then
      _cna_pg_err "$base/data belongs to $(_cna_pg_owner_of "$base/data") (set up as root?)." \
        "Use that user, set DATABASE_URL, or remove $base."
      return 1
    fi
    mkdir -p "$base" && chmod 0700 "$base" || return 1
    _cna_pg_base=$base
    return 0
  fi

  # Root: run the server as the owner of an existing cluster, else as "postgres".
  _cna_pg_runas=postgres
  if [[ -d $base/data ]]; then
    owner=$(_cna_pg_owner_of "$base/data") || return 1
    [[ $owner == root ]] || _cna_pg_runas=$owner
  fi
  if ! id -u "$_cna_pg_runas" >/dev/null 2>&1; then
    _cna_pg_note "creating system user $_cna_pg_runas to run Postgres"
    useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
      --shell /bin/bash "$_cna_pg_runas" || return 1
  fi
  [[ -d $repo/.data ]] || mkdir -m 0755 "$repo/.data" || return 1

  if ! _cna_pg_as_owner test -x "$repo/.data"; then
    hash=$(_cna_pg_path_hash "$repo") || return 1
    base=/var/tmp/cna-postgres-$hash
    if [[ ! -d $base/data ]]; then
      _cna_pg_note "user $_cna_pg_runas cannot reach $repo/.data (e.g. checkout under a 0700 home); using $base instead"
    fi
    if [[ -L $base ]] || { [[ -e $base ]] && [[ ! -d $base ]]; }; then
      _cna_pg_err "$base exists and is not a plain directory; remove it"
      return 1
    fi
    _cna_pg_runas=postgres
    if [[ -d $base/data ]]; then
      owner=$(_cna_pg_owner_of "$base/data") || return 1
      [[ $owner == root ]] || _cna_pg_runas=$owner
    fi
  fi
  mkdir -p "$base" && chmod 0700 "$base" || return 1
  chown "$_cna_pg_runas" "$base" || return 1
  _cna_pg_user=$_cna_pg_runas
  _cna_pg_base=$base
}

cna_ensure_database() {
  if [[ -n ${DATABASE_URL:-} ]]; then
    return 0
  fi

  local repo base rc=0 shown
  repo=$(_cna_pg_repo_root) || return 1

  if ! _cna_pg_find_bindir; then
    if ((EUID == 0)) && command -v apt-get >/dev/null 2>&1; then
      _cna_pg_note "PostgreSQL server binaries not found; installing Debian package 'postgresql'"
      { DEBIAN_FRONTEND=noninteractive apt-get update &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; } >&2 ||
        { _cna_pg_err "apt-get install postgresql failed"; return 1; }
      _cna_pg_find_bindir || { _cna_pg_err "installed postgresql, but still cannot find initdb/pg_ctl/postgres"; return 1; }
    else
      _cna_pg_err "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found." \
        "Install PostgreSQL (Debian/Ubuntu: sudo apt-get install postgresql; macOS: brew install postgresql)," \
        "or set DATABASE_URL=postgres://USER@HOST:PORT/DB to use an existing server."
      return 1
    fi
  fi

  _cna_pg_choose_base "$repo" || return 1
  base=$_cna_pg_base

  # Serialize concurrent callers (initdb/start/createdb are not re-entrant).
  # The fd is opened even without flock so that pg_ctl can always close it.
  exec {_cna_pg_lockfd}>>"$base/.lock" || return 1
  if command -v flock >/dev/null 2>&1; then
    if ! flock -n "$_cna_pg_lockfd"; then
      _cna_pg_note "waiting for another run to finish setting up Postgres in $base"
      if ! flock -w 300 "$_cna_pg_lockfd"; then
        exec {_cna_pg_lockfd}>&-
        _cna_pg_err "timed out waiting for $base/.lock"
        return 1
      fi
    fi
  fi

  {
    _cna_pg_up "$base" &&
      _cna_pg_wait_ready "$base/log" &&
      if [[ $(_cna_pg_psql -c "SELECT 1 FROM pg_database WHERE datname = 'cna'") != 1 ]]; then
        _cna_pg_psql -c 'CREATE DATABASE cna' >/dev/null
      fi
  } || rc=1
  exec {_cna_pg_lockfd}>&-
  if ((rc != 0)); then
    _cna_pg_err "could not set up the private Postgres cluster in $base (or set DATABASE_URL)"
    return 1
  fi

  export DATABASE_URL="postgres://$_cna_pg_user@127.0.0.1:$_cna_pg_port/cna"
  shown=${base#"$repo"/}
  _cna_pg_note "database: $DATABASE_URL (private PostgreSQL $(_cna_pg_major "$_cna_pg_bindir") cluster in $shown)"
}
