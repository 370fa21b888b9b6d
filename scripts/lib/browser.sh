# shellcheck shell=bash
#
# scripts/lib/browser.sh -- sourced by scripts/test.
#
# cna_ensure_chromium
#   Makes sure Debian's headless-capable Chromium is on the machine (the browser tests drive it;
#   never a browser downloaded by a test tool). Installs the `chromium` package when it is missing
#   and the script runs as root; otherwise says what to install and fails. Exports CNA_CHROMIUM,
#   the path the tests start.

cna_ensure_chromium() {
    local path=${CNA_CHROMIUM:-$(command -v chromium || true)}
    if [[ -z $path ]]; then
        if [[ $(id -u) != 0 ]]; then
            printf 'cna: the browser tests need Chromium: apt-get install chromium\n' >&2
            return 1
        fi
        printf 'cna: installing Debian'"'"'s chromium for the browser tests\n' >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } \
            || { printf 'cna: could not install chromium\n' >&2; return 1; }
        path=$(command -v chromium)
    fi
    export CNA_CHROMIUM=$path
}
