# shellcheck shell=bash
#
# scripts/lib/browser.sh -- sourced by scripts/test.
#
# cna_ensure_chromium
#   Makes sure Debian's headless-capable Chromium and its WebDriver server are on the machine (the
#   browser tests drive them; never a browser downloaded by a test tool). Installs the `chromium`
#   and `chromium-driver` packages when they are missing and the script runs as root; otherwise
#   says what to install and fails. Exports CNA_CHROMIUM and CNA_CHROMEDRIVER, the paths the tests
#   start.
#
# cna_ensure_axe
#   Installs axe-core (the accessibility checker the browser tests inject into each page) from the
#   npm registry into .data/npm, pinned, when it is not there. Exports CNA_AXE, the path of its
#   script.

CNA_AXE_VERSION=4.10.3

cna_ensure_chromium() {
    local path=${CNA_CHROMIUM:-$(command -v chromium || true)}
    local driver=${CNA_CHROMEDRIVER:-$(command -v chromedriver || true)}
    if [[ -z $path || -z $driver ]]; then
        if [[ $(id -u) != 0 ]]; then
            printf 'cna: the browser tests need Chromium: apt-get install chromium chromium-driver\n' >&2
            return 1
        fi
        printf 'cna: installing Debian'"'"'s chromium and chromium-driver for the browser tests\n' >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null; } \
            || { printf 'cna: could not install chromium\n' >&2; return 1; }
        path=$(command -v chromium)
        driver=$(command -v chromedriver)
    fi
    export CNA_CHROMIUM=$path
    export CNA_CHROMEDRIVER=$driver
}

cna_ensure_axe() {
    local prefix=$PWD/.data/npm
    local script=$prefix/node_modules/axe-core/axe.min.js
    if [[ ! -f $script ]] || ! grep -q "\"version\": \"$CNA_AXE_VERSION\"" "$prefix/node_modules/axe-core/package.json" 2>/dev/null; then
        command -v npm >/dev/null || { printf 'cna: the accessibility checks need npm (apt-get install npm)\n' >&2; return 1; }
        printf 'cna: installing axe-core %s from the npm registry into .data/npm\n' "$CNA_AXE_VERSION" >&2
        mkdir -p "$prefix"
        npm install --prefix "$prefix" --no-audit --no-fund --silent "axe-core@$CNA_AXE_VERSION" >/dev/null \
            || { printf 'cna: could not install axe-core\n' >&2; return 1; }
    fi
    export CNA_AXE=$script
}
