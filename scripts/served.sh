# Sourced by the scripts that check a running `docket serve` (serve-schemathesis.sh,
# open311-client-test.sh, web-tests.sh): one temporary folder, a server on a free port of
# 127.0.0.1 started and waited for, stopped with SIGTERM and expected to exit 0, killed on any
# exit. The sourcing script sets DOCKET (an absolute path) first, and may set startup_wait and
# stop_wait (seconds; 30 and 35 by default).
#
#   served_setup PREFIX     the folder $work (removed on exit) and the traps
#   serve_start DB          starts the server on DB; sets $server_pid and $base (http://127.0.0.1:PORT)
#   serve_stop WHAT         SIGTERM, then its exit status in $server_status (0 when it exited 0
#                           within stop_wait; WHAT names what ran, for the message when it had died)
#   fail SENTENCE           says it, with the end of the server's stderr, and exits 1

startup_wait=${startup_wait:-30}
stop_wait=${stop_wait:-35}
server_pid=""
server_status=0

served_cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}

served_setup() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    trap served_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

fail() {
    echo "$0: $*" >&2
    if [[ -f $work/serve.err ]]; then
        echo "--- the end of docket serve's stderr ---" >&2
        tail -n 30 "$work/serve.err" >&2
    fi
    exit 1
}

serve_start() {
    "$DOCKET" serve --db "$1" --listen 127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.err" &
    server_pid=$!
    local port="" line deadline=$((SECONDS + startup_wait))
    while [[ -z $port ]]; do
        line=$(grep -m1 -E '^docket serve: listening on http://[^ ]+:[0-9]+$' "$work/serve.err" || true)
        if [[ -n $line ]]; then
            port=${line##*:}
            break
        fi
        if ! kill -0 "$server_pid" 2>/dev/null; then
            server_pid=""
            fail "docket serve exited before it was listening"
        fi
        ((SECONDS < deadline)) || fail "docket serve did not print 'docket serve: listening on http://HOST:PORT' within ${startup_wait}s"
        sleep 0.2
    done
    base="http://127.0.0.1:$port"
    echo "docket serve is listening on $base (pid $server_pid)" >&2
}

serve_stop() {
    server_status=0
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid"
        local deadline=$((SECONDS + stop_wait))
        while kill -0 "$server_pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
        if kill -0 "$server_pid" 2>/dev/null; then
            echo "$0: docket serve did not exit within ${stop_wait}s of SIGTERM" >&2
            server_status=1
        else
            wait "$server_pid" || server_status=$?
            server_pid=""
            ((server_status == 0)) || echo "$0: docket serve exited $server_status after SIGTERM, not 0" >&2
        fi
    else
        wait "$server_pid" || server_status=$?
        server_pid=""
        echo "$0: docket serve was no longer running when $1 ended (exit status $server_status)" >&2
        server_status=1
    fi
}
