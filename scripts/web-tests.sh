#!/usr/bin/env bash
# The browser tests of `docket serve`'s web pages (tests/web/): Selenium drives Debian's chromium,
# headless, through Debian's chromedriver, and axe-core 4.x checks every page visited.
#
#   scripts/web-tests.sh DOCKET_BINARY
#
# Makes a register in a temporary folder and seeds it through the command line (the units, the
# categories, the meeting and the group of the Cần Thơ working session of demo/run.sh, and one
# Hà Nội problem whose every text is markup and script), makes the tokens of five roles, starts
# `docket serve` on 127.0.0.1 with a free port, and runs pytest on tests/web/ against it, in a
# virtual environment of Python 3.12 with the versions pinned in scripts/web-requirements.txt.
# Then it stops the server with SIGTERM and checks that it exits 0 within 35 s. Exits non-zero
# when anything failed. Everything it makes is removed on exit, but the screenshots: one (or two,
# desktop and phone) per page visited, named by step, in the folder it prints at the end.
#
# Environment:
#   WEB_SCREENSHOTS  where the screenshots go (default .build/web-screenshots/ in the checkout;
#                    emptied first)
#   WEB_PYTHON       the Python 3.12 (or later) to make the virtual environment with (default: the
#                    newest ~/.pyenv/versions/3.12.*, else python3.12 on PATH)
#   WEB_VENV         a virtual environment to keep between runs (made, and brought to the pinned
#                    versions, when needed); by default one is made in the temporary folder
#   WEB_PYTEST_ARGS  more arguments for pytest, split at spaces (e.g. "-x -k journey")
#   CHROMEDRIVER, CHROMIUM   the driver and the browser (default /usr/bin/chromedriver,
#                    /usr/bin/chromium)
set -euo pipefail

usage() {
    echo "usage: $0 DOCKET_BINARY" >&2
    exit 64
}
[[ $# -eq 1 ]] || usage
DOCKET=$1
if [[ $DOCKET != */* ]]; then DOCKET=$(command -v "$DOCKET" || true); fi
[[ -n $DOCKET && -x $DOCKET ]] || { echo "$0: '$1' is not an executable docket binary" >&2; exit 64; }
DOCKET=$(cd "$(dirname "$DOCKET")" && pwd)/$(basename "$DOCKET")

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
requirements="$here/web-requirements.txt"

run_budget=240          # seconds for the whole pytest run
startup_wait=30         # seconds for the server to say it is listening
stop_wait=35            # seconds for the server to exit after SIGTERM

source "$here/served.sh"
served_setup docket-web

# --- the browser and its driver, from Debian (scripts/ensure-deps.sh installs them) --------------
chromedriver=${CHROMEDRIVER:-/usr/bin/chromedriver}
chromium=${CHROMIUM:-/usr/bin/chromium}
[[ -x $chromedriver ]] || fail "no chromedriver at $chromedriver: install Debian's chromium-driver (scripts/ensure-deps.sh does)"
[[ -x $chromium ]] || fail "no chromium at $chromium: install Debian's chromium (scripts/ensure-deps.sh does)"

# --- Python 3.12 and the pinned packages -----------------------------------------------------------
python_ok() { "$1" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; }
python=""
if [[ -n ${WEB_PYTHON:-} ]]; then
    python_ok "$WEB_PYTHON" || fail "WEB_PYTHON=$WEB_PYTHON is not a Python 3.12 or later with venv"
    python=$WEB_PYTHON
else
    candidates=()
    for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12.*/bin/python3; do
        [[ -x $candidate ]] && candidates+=("$candidate")
    done
    if ((${#candidates[@]} > 0)); then
        # The newest patch release first.
        mapfile -t candidates < <(printf '%s\n' "${candidates[@]}" | sort -V -r)
    fi
    command -v python3.12 >/dev/null 2>&1 && candidates+=("$(command -v python3.12)")
    for candidate in ${candidates[@]+"${candidates[@]}"}; do
        if python_ok "$candidate"; then python=$candidate; break; fi
    done
    [[ -n $python ]] || fail "no Python 3.12 found (looked in ${PYENV_ROOT:-$HOME/.pyenv}/versions/3.12.*/bin/python3 and for python3.12 on PATH): axe-selenium-python needs it; install one or set WEB_PYTHON"
fi

venv=${WEB_VENV:-$work/venv}
pinned() { sed -n 's/^\([A-Za-z0-9_.-]*==[^[:space:]]*\).*/\1/p' "$requirements" | tr 'A-Z_' 'a-z-' | sort; }
installed() { "$venv/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null | tr 'A-Z_' 'a-z-' | sort; }
if [[ ! -x $venv/bin/python ]] || [[ $(comm -23 <(pinned) <(installed)) != "" ]]; then
    echo "Installing the web tests' packages (scripts/web-requirements.txt) with $("$python" --version) into $venv…" >&2
    "$python" -m venv "$venv" || fail "'$python -m venv $venv' failed"
    if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >"$work/pip.log" 2>&1; then
        cat "$work/pip.log" >&2
        fail "could not install scripts/web-requirements.txt from PyPI (is the network to PyPI unavailable?)"
    fi
fi

# --- the register, seeded through the command line -------------------------------------------
db="$work/register.db"
export DOCKET_ACTOR=ci-seed DOCKET_LANG=en
d() { "$DOCKET" "$@" --db "$db" >/dev/null || fail "seeding the register failed: docket $*"; }

d init --at 2025-08-01
d unit add chinh-phu --name "Chính phủ" --kind government --at 2025-08-01
d unit add bo-khcn --name "Bộ Khoa học và Công nghệ" --parent chinh-phu --at 2025-08-01
d unit add vu-pc --name "Vụ Pháp chế" --parent bo-khcn --at 2025-08-01
d unit add cuc-vt --name "Cục Viễn thông" --parent bo-khcn --at 2025-08-01
d unit add uy-ban-tcdlcl --name "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia" --parent bo-khcn --at 2025-08-01
d category add tc-dl-cl --name "Tiêu chuẩn, đo lường, chất lượng" --at 2025-08-01
d category add tthc --name "Thủ tục hành chính" --at 2025-08-01
d category add vien-thong --name "Viễn thông" --description "Hạ tầng viễn thông, tần số, giá thuê hạ tầng dùng chung" --at 2025-08-01
d meeting add --locality "Cần Thơ" --date 2025-08-26 --lead "Hồ Hồng Hải" \
    --title "Làm việc với TP. Cần Thơ về vận hành chính quyền địa phương hai cấp" --at 2025-08-26   # meeting 1
d group add "Khó khăn khi vận hành chính quyền địa phương hai cấp" --at 2025-08-26                  # group 1

# Problem 1, in Hà Nội, long overdue: every text a person typed is markup and script (the tests
# read the same string from tests/web/journey.py's MARKUP), and so are the names of its unit,
# meeting, group and category, its assignment's note, a comment and the actor of each.
markup='<script>alert(1)</script><b>x</b>'
d unit add khoi-thu --name "$markup" --parent bo-khcn --at 2025-08-01
d meeting add --locality "Hà Nội" --date 2025-09-01 --title "$markup" --lead "$markup" --notes "$markup" --at 2025-09-01  # meeting 2
d group add "$markup" --at 2025-09-01                                                                # group 2
d file --locality "Hà Nội" --title "$markup" --description "$markup" --recommendation "$markup" \
    --category "$markup" --meeting 2 --group 2 --at 2025-09-01T10:00 --actor "$markup"
d assign 1 --unit khoi-thu --due 2025-09-15 --note "$markup" --at 2025-09-02 --actor "$markup"
d comment 1 "$markup" --at 2025-09-03 --actor "$markup"

# The tokens, one per role the journey needs (SERVE.md's roles).
tokens="$work/tokens.json"
token() {
    local key=$1
    shift
    "$DOCKET" token add "$@" --json --db "$db" >"$work/token-$key.json" || fail "could not make the token: docket token add $*"
}
token admin quan-tri --role admin
token coordinator dieu-phoi --role coordinator
token unit bo-khcn --role unit --unit bo-khcn
token can-tho so-khcn-can-tho --role locality --locality "Cần Thơ"
token ha-noi so-khcn-ha-noi --role locality --locality "Hà Nội"
python3 - "$work" >"$tokens" <<'PY' || fail "could not read the tokens"
import json, sys
folder = sys.argv[1]
keys = ["admin", "coordinator", "unit", "can-tho", "ha-noi"]
print(json.dumps({key: json.load(open(f"{folder}/token-{key}.json"))["token"] for key in keys}))
PY

# --- the server --------------------------------------------------------------------------------
serve_start "$db"

# --- the browser tests ---------------------------------------------------------------------------
screenshots=${WEB_SCREENSHOTS:-$root/.build/web-screenshots}
mkdir -p "$screenshots"
screenshots=$(cd "$screenshots" && pwd)
find "$screenshots" -mindepth 1 -maxdepth 1 \( -name '*.png' -o -name '*.json' -o -name '*.html' \) -delete

export DOCKET_WEB_BASE=$base DOCKET_WEB_TOKENS=$tokens DOCKET_WEB_DB=$db DOCKET_BINARY=$DOCKET
export WEB_SCREENSHOTS=$screenshots CHROMEDRIVER=$chromedriver CHROMIUM=$chromium
# Nothing goes through a proxy: the server is on 127.0.0.1.
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
# No __pycache__ left in the checkout.
export PYTHONDONTWRITEBYTECODE=1
unset HTTP_PROXY HTTPS_PROXY ALL_PROXY http_proxy https_proxy all_proxy
read -r -a extra <<<"${WEB_PYTEST_ARGS:-}"
tests_status=0
(cd "$work" && timeout --signal=TERM --kill-after=10 "$run_budget" \
    "$venv/bin/python" -m pytest "$root/tests/web" -p no:cacheprovider -rA --tb=short \
    ${extra[@]+"${extra[@]}"}) || tests_status=$?
if ((tests_status == 124 || tests_status == 137)); then
    echo "$0: the browser tests did not finish within ${run_budget}s" >&2
fi

# --- stopping ------------------------------------------------------------------------------------
serve_stop "the browser tests"
echo "$0: the screenshots of every page visited are in $screenshots" >&2
if ((tests_status != 0 || server_status != 0)); then
    echo "--- the end of docket serve's stderr ---" >&2
    tail -n 50 "$work/serve.err" >&2
    echo "$0: FAILED (pytest exit status $tests_status, server $server_status)" >&2
    exit 1
fi
echo "$0: the web pages passed the browser tests, and the server stopped cleanly" >&2
