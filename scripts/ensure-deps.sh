#!/usr/bin/env bash
# Installs, from Debian's packages, what building and testing docket needs and the machine
# lacks. `make test` and CI (.ci/run) both run it; it does nothing when all is there.
#   libsqlite3-dev  the SQLite C library docket links
#   sqlite3         the shell the tests use to look inside a register
#   tzdata          the time zones (/usr/share/zoneinfo)
#   graphviz        `dot`, which a test feeds `docket workflow graph --format dot`
#   chromium        the browser a test renders the HTML report in, and the web tests drive
#   chromium-driver chromedriver, through which the web tests (scripts/web-tests.sh) drive it
set -euo pipefail

packages=(libsqlite3-dev sqlite3 tzdata graphviz chromium chromium-driver)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing what the tests need: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "Missing Debian packages: ${missing[*]}. Install them (apt-get install ${missing[*]}) and run again." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
