#!/usr/bin/env bash
# Checks `docket serve`'s Open311 GeoReport v2 endpoint with a client docket did not write.
#
#   scripts/open311-client-test.sh DOCKET_BINARY
#
# Makes a register in a temporary folder with units, two categories and a locality token for Cần
# Thơ, starts `docket serve` on 127.0.0.1 with a free port, and drives /open311/v2 with civicbot's
# GeoReport v2 client (the version pinned in scripts/open311-client-requirements.txt, installed
# in a virtual environment made in the temporary folder) through scripts/open311_client_check.py:
# it lists the services, posts a request and reads it back `open`. Then the command line assigns
# and resolves that problem on the same register file, and the client sees it `closed` with the
# resolution as its notes. Last it stops the server with SIGTERM and checks that it exits 0
# within 35 s. Exits non-zero when anything failed. Everything it makes is removed on exit.
#
# Environment:
#   OPEN311_PYTHON   a Python that already has the pinned civicbot (default: a new virtual
#                    environment with it)
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
requirements="$here/open311-client-requirements.txt"
pinned=$(sed -n 's/^civicbot==\([^[:space:]]*\).*/\1/p' "$requirements")
[[ -n $pinned ]] || { echo "$0: no 'civicbot==VERSION' line in $requirements" >&2; exit 1; }

startup_wait=30         # seconds for the server to say it is listening
client_wait=60          # seconds for each run of the client
stop_wait=35            # seconds for the server to exit after SIGTERM

source "$here/served.sh"
served_setup docket-open311

# --- the client, the pinned version ------------------------------------------------------------
if [[ -n ${OPEN311_PYTHON:-} ]]; then
    python=$OPEN311_PYTHON
else
    echo "Installing civicbot==$pinned into a temporary virtual environment…" >&2
    python3 -m venv "$work/venv" || fail "python3 -m venv failed: install python3-venv, or set OPEN311_PYTHON"
    if ! "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >"$work/pip.log" 2>&1; then
        cat "$work/pip.log" >&2
        fail "could not install civicbot==$pinned from PyPI (is the network to PyPI unavailable?); set OPEN311_PYTHON"
    fi
    python=$work/venv/bin/python
fi
version=$("$python" -c 'import civicbot; print(civicbot.__version__)') || fail "civicbot does not import with $python"
[[ $version == "$pinned" ]] || fail "civicbot is $version, not the pinned $pinned"
echo "Using civicbot $version" >&2

# --- the register, seeded through the command line -------------------------------------------
db="$work/register.db"
export DOCKET_ACTOR=ci-open311 DOCKET_LANG=en
d() { "$DOCKET" "$@" --db "$db" >/dev/null || fail "docket $* failed"; }

d init
d unit add chinh-phu --name "Chính phủ" --kind government --at 2025-08-01
d unit add bo-khcn --name "Bộ Khoa học và Công nghệ" --parent chinh-phu --at 2025-08-01
d unit add cuc-vt --name "Cục Viễn thông" --parent bo-khcn --at 2025-08-01
d category add vien-thong --name "Viễn thông" --description "Hạ tầng viễn thông, tần số, giá thuê hạ tầng dùng chung"
d category add tthc --name "Thủ tục hành chính"
token=$("$DOCKET" token add can-tho --role locality --locality "Cần Thơ" --json --db "$db" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])') \
    || fail "could not make a locality token"
[[ -n $token ]] || fail "the locality token is empty"

# --- the server --------------------------------------------------------------------------------
serve_start "$db"
base="$base/open311/v2"

client() {
    timeout --signal=TERM --kill-after=5 "$client_wait" "$python" "$here/open311_client_check.py" "$@"
}

# --- open, then closed by the command line -------------------------------------------------------
id=$(client file "$base" "$token") || fail "the client's checks of a new request failed"
[[ $id == 1 ]] || fail "the client filed request '$id', not 1"
resolution="Doanh nghiệp đã dựng lại cột ăng-ten"
d assign "$id" --unit cuc-vt --due 2099-12-31
d resolve "$id" --resolution "$resolution"
client closed "$base" "$token" "$id" "$resolution" || fail "the client's checks of the resolved request failed"

# --- stopping ------------------------------------------------------------------------------------
serve_stop "the client"
((server_status == 0)) || fail "docket serve did not stop cleanly"
echo "$0: civicbot $version filed, listed and read back requests over Open311 GeoReport v2, and the server stopped cleanly" >&2
