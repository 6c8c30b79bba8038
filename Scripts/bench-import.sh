#!/usr/bin/env bash
# Measures `docket import` and `docket search` on a register of N generated problems.
# Usage: Scripts/bench-import.sh [N] [DOCKET]   (default 100000, .build/release/docket)
# Build first: swift build -c release --static-swift-stdlib
set -euo pipefail
n=${1:-100000}
docket=$(realpath "${2:-.build/release/docket}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/docket-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export DOCKET_DB="$work/bench.db" DOCKET_ACTOR=bench
"$docket" init --at 2025-07-01 >/dev/null
"$docket" unit add chinh-phu --name "Chính phủ" --kind government --at 2025-07-01 >/dev/null
"$docket" unit add bo-khcn --name "Bộ Khoa học và Công nghệ" --kind ministry --parent chinh-phu --at 2025-07-01 >/dev/null
"$docket" unit add cuc-vt --name "Cục Viễn thông" --parent bo-khcn --at 2025-07-01 >/dev/null
"$docket" unit add vu-pc --name "Vụ Pháp chế" --parent bo-khcn --at 2025-07-01 >/dev/null
: > "$work/communes.txt"
for i in $(seq 1 40); do
    province=$(printf '%s\n' "Cần Thơ" "Hà Nội" "Đồng Nai" "Huế" "Lào Cai" | sed -n "$(( (i % 5) + 1 ))p")
    "$docket" locality add "Phường Số $i" --parent "$province" --at 2025-07-01 >/dev/null
    echo "Phường Số $i|$province" >> "$work/communes.txt"
done
python3 "$here/generate_import_csv.py" "$n" "$work/rows.csv" "$work/communes.txt"
echo "rows: $n ($(du -h "$work/rows.csv" | cut -f1))"
TIMEFORMAT='%R %U %S'
times=$( { time "$docket" import "$work/rows.csv" >/dev/null; } 2>&1 )
read -r real user sys <<<"$times"
python3 -c "import sys; r,u,s,n=map(float,sys.argv[1:]); print(f'import: {r:.2f} s wall ({u:.2f} user, {s:.2f} sys): {n/r:,.0f} problems/s')" "$real" "$user" "$sys" "$n"
echo "register: $(du -h "$DOCKET_DB" | cut -f1) (+ wal $(du -h "$DOCKET_DB-wal" 2>/dev/null | cut -f1))"
baseline() { "$docket" show 1 --json >/dev/null; }
baseline
start=$(date +%s.%N); for _ in 1 2 3 4 5; do baseline; done; end=$(date +%s.%N)
python3 -c "import sys; print(f'a process that reads one problem (start-up, for comparison): {(float(sys.argv[2])-float(sys.argv[1]))/5*1000:.0f} ms')" "$start" "$end"
for query in "gia thue ha tang" "thu*" '"can bo cap xa" OR "chu ky so"' "xyzzy"; do
    "$docket" search "$query" --json >/dev/null   # warm
    start=$(date +%s.%N)
    for _ in 1 2 3 4 5; do "$docket" search "$query" --json >/dev/null; done
    end=$(date +%s.%N)
    python3 -c "import sys; print(f'search {sys.argv[3]!r}: {(float(sys.argv[2])-float(sys.argv[1]))/5*1000:.0f} ms per run (process included)')" "$start" "$end" "$query"
done
