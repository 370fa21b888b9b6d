# shellcheck shell=bash
#
# scripts/lib/schemathesis.sh -- sourced by scripts/test.
#
# Works under `set -euo pipefail`.
#
# cna_schemathesis BIN
#   Runs schemathesis (the version pinned below, installed into the git-ignored virtual environment
#   .venv/schemathesis when missing) against a real `BIN serve` on a database of its own
#   (cna_schemathesis on the server DATABASE_URL names, made afresh: reference data, the demo
#   directory, an administrator, a focal point of Kenya and a partner client), with every check
#   and every phase, stateful included, four times: anonymously, with the partner key, as the focal
#   point, and as the administrator (last: it may revoke the key or disable accounts). The settings
#   and the reason for each are in tests/schemathesis/schemathesis.toml and docs/TESTING.md.
#   Returns non-zero when any run finds a failure.
#
# Knobs: CNA_SCHEMATHESIS_MAX_EXAMPLES (default 20) examples per operation and phase.

CNA_SCHEMATHESIS_VERSION=4.32.5

_cna_st_note() { printf 'cna: %s\n' "$*" >&2; }

cna_ensure_schemathesis() {
    local venv=.venv/schemathesis
    if [[ -x $venv/bin/schemathesis ]] &&
        "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$CNA_SCHEMATHESIS_VERSION"; then
        return 0
    fi
    if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
        if [[ $(id -u) != 0 ]]; then
            _cna_st_note 'schemathesis needs Python 3 with venv: apt-get install python3-venv'
            return 1
        fi
        _cna_st_note "installing Debian's python3-venv for schemathesis"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv >/dev/null ||
            { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv >/dev/null; } ||
            { _cna_st_note 'could not install python3-venv'; return 1; }
    fi
    _cna_st_note "installing schemathesis $CNA_SCHEMATHESIS_VERSION into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv" &&
        "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==$CNA_SCHEMATHESIS_VERSION"
}

_cna_st_psql() {
    local psql
    psql=$(command -v psql || true)
    if [[ -z $psql ]]; then
        psql=$(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -rV | head -n1)
    fi
    "$psql" -v ON_ERROR_STOP=1 -q "$@"
}

# POST a JSON body, print one member of the JSON answer.
_cna_st_post() {
    python3 - "$@" <<'PY'
import json, sys, urllib.request
url, body, member = sys.argv[1], sys.argv[2], sys.argv[3]
request = urllib.request.Request(url, data=body.encode(), headers={"Content-Type": "application/json"})
print(json.load(urllib.request.urlopen(request, timeout=30))[member])
PY
}

cna_schemathesis() {
    local bin=$1
    cna_ensure_schemathesis || return 1
    local base=${DATABASE_URL%/*}
    local url=$base/cna_schemathesis
    _cna_st_psql "$DATABASE_URL" -c 'DROP DATABASE IF EXISTS cna_schemathesis WITH (FORCE)' \
        -c 'CREATE DATABASE cna_schemathesis' || return 1

    local work
    work=$(mktemp -d)
    local password=schemathesis-password-1
    local key port server status=0
    (
        export DATABASE_URL=$url
        "$bin" migrate >/dev/null &&
            "$bin" seed --demo >/dev/null &&
            printf '%s' "$password" | "$bin" user create --email admin@schemathesis.test --role admin --password-stdin >/dev/null &&
            printf '%s' "$password" | "$bin" user create --email focal@schemathesis.test --role focal_point --country KEN --password-stdin >/dev/null
    ) || { rm -rf "$work"; return 1; }
    key=$(DATABASE_URL=$url "$bin" partner create --name schemathesis --tier restricted 2>/dev/null | grep -o 'cnap_[A-Za-z0-9_-]*' | head -n1)
    [[ -n $key ]] || { _cna_st_note 'no partner key'; rm -rf "$work"; return 1; }

    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    DATABASE_URL=$url CNA_DEV=true CNA_ADDRESS_RATE_LIMIT=0 CNA_PARTNER_RATE_LIMIT=0 \
        RUST_LOG=warn \
        "$bin" serve --bind "127.0.0.1:$port" --data-dir "$work/data" >"$work/server.log" 2>&1 &
    server=$!
    local origin=http://127.0.0.1:$port
    local tries=0
    until python3 -c "import urllib.request; urllib.request.urlopen('$origin/readyz', timeout=2)" 2>/dev/null; do
        tries=$((tries + 1))
        if ((tries > 120)) || ! kill -0 "$server" 2>/dev/null; then
            _cna_st_note 'the server did not become ready:'
            cat "$work/server.log" >&2
            kill "$server" 2>/dev/null || true
            rm -rf "$work"
            return 1
        fi
        sleep 0.5
    done

    # Signed in just before each run: an access token lasts at most 15 minutes.
    _cna_st_token() {
        _cna_st_post "$origin/v1/auth/login" \
            "{\"email\":\"$1@schemathesis.test\",\"password\":\"$password\"}" access_token
    }

    local st=(.venv/schemathesis/bin/schemathesis --config-file tests/schemathesis/schemathesis.toml
        run "$origin/openapi.json" --url "$origin"
        --max-examples "${CNA_SCHEMATHESIS_MAX_EXAMPLES:-20}")
    local who header
    for who in anonymous partner focal_point administrator; do
        case $who in
            anonymous) header=() ;;
            partner) header=(-H "Authorization: Bearer $key") ;;
            focal_point) header=(-H "Authorization: Bearer $(_cna_st_token focal)") ;;
            administrator) header=(-H "Authorization: Bearer $(_cna_st_token admin)") ;;
        esac
        _cna_st_note "schemathesis: $who"
        "${st[@]}" "${header[@]}" || status=1
    done
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    if ((status != 0)); then
        _cna_st_note "schemathesis found failures; the server's log:"
        tail -n 50 "$work/server.log" >&2
    fi
    rm -rf "$work"
    return "$status"
}
