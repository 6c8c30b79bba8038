#!/usr/bin/env bash
# The main job of docket on real data: the working session of the Ministry of Science and
# Technology in Cần Thơ on 26 August 2025 (demo/README.md tells its story). Makes a register,
# files what the city raised against the meeting, moves it through the workflow, and prints
# the histories and the weekly report.
set -euo pipefail
DOCKET=${1:-.build/release/docket}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out"
rm -rf "$out"
mkdir -p "$out"
export DOCKET_DB="$out/can-tho.db"
export DOCKET_ACTOR="demo"
# Shows each command as it would be typed, then runs it.
step() {
    local shown="" arg
    for arg in "$@"; do
        if [[ $arg =~ [[:space:]\;\#] ]]; then shown+=" \"$arg\""; else shown+=" $arg"; fi
    done
    printf '\n\033[1m$ docket%s\033[0m\n' "$shown"
    "$DOCKET" "$@"
}

step init --at 2025-08-01

# The bodies that own or receive what was raised: the Ministry and the units the meeting named,
# under the Government.
step unit add chinh-phu --name "Chính phủ" --kind government --at 2025-08-01
step unit add bo-khcn --name "Bộ Khoa học và Công nghệ" --parent chinh-phu --at 2025-08-01
step unit add vu-pc --name "Vụ Pháp chế" --parent bo-khcn --at 2025-08-01
step unit add cuc-vt --name "Cục Viễn thông" --parent bo-khcn --at 2025-08-01
step unit add uy-ban-tcdlcl --name "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia" --parent bo-khcn --at 2025-08-01

# The categories the Ministry files under: --category, and the minutes' category column, take a
# code or a name typed any way, and the problem keeps the name.
step category add tc-dl-cl --name "Tiêu chuẩn, đo lường, chất lượng" --at 2025-08-01
step category add tthc --name "Thủ tục hành chính" --at 2025-08-01
step category add vien-thong --name "Viễn thông" --description "Hạ tầng viễn thông, tần số, giá thuê hạ tầng dùng chung" --at 2025-08-01
step category list

# The session and the group the difficulties belong to (the ward visited, Phường Ninh Kiều, is
# the register's from init, as every commune and ward of the country is).
step meeting add --locality "Cần Thơ" --date 2025-08-26 --lead "Hồ Hồng Hải" \
    --title "Làm việc với TP. Cần Thơ về vận hành chính quyền địa phương hai cấp" --at 2025-08-26
step group add "Khó khăn khi vận hành chính quyền địa phương hai cấp" --at 2025-08-26

# What the city raised: the ward's difficulty filed straight from the meeting, the city's two
# imported from the minutes (demo/can-tho-2025-08-26.csv) into the same meeting and group.
step file --locality "ninh kieu" --meeting 1 --group 1 --at 2025-08-26T10:30 \
    --category tc-dl-cl \
    --title "Cán bộ cấp xã thiếu chuyên môn đo lường, chứng nhận chất lượng sản phẩm" \
    --recommendation "Bộ tăng cường đào tạo, bồi dưỡng công chức cấp xã"
step import "$here/can-tho-2025-08-26.csv" --meeting 1

# The workflow: each to the unit that owns it, with a deadline as a date or in working days
# (11wd from 27 August skips the weekends and the Quốc khánh days off, 1-2 September, of the
# register's calendar: 15 September); what is beyond the Ministry goes up.
step calendar list --year 2025
step assign 1 --unit uy-ban-tcdlcl --due 2025-09-30 --at 2025-08-27
step assign 2 --unit vu-pc --due 11wd --at 2025-08-27
step assign 3 --unit cuc-vt --due 2025-09-30 --at 2025-08-27
step answer 1 --at 2025-08-29 \
    --response "Đã hướng dẫn tại chỗ; Ủy ban sẽ mở lớp bồi dưỡng công chức cấp xã"
step escalate 2 --to chinh-phu --at 2025-09-03 \
    --reason "Trách nhiệm liên bộ, vượt thẩm quyền của Bộ: tổng hợp báo cáo Phó Thủ tướng"
step resolve 3 --at 2025-09-04 \
    --resolution "Cục Viễn thông ban hành khung giá thuê hạ tầng viễn thông thụ động thống nhất"

step list
step group show 1
for id in 1 2 3; do step history "$id"; done

# The weekly report of the week the city's difficulties were escalated and resolved in, on the
# terminal and as a page to print or send.
step report weekly --week 2025-W36
step report weekly --week 2025-W36 --format html --output "$out/report-2025-W36.html"
step report weekly --week 2025-W36 --lang vi --format html --output "$out/bao-cao-2025-W36.html"
echo "The report's page: $out/report-2025-W36.html (in Vietnamese: $out/bao-cao-2025-W36.html)"

# The quarter's report the ministry sends up: what was sent beyond its authority (to the
# Government, on 3 September) and what became of it, with the trend by month.
step report period --quarter 2025-Q3 --lang vi --format markdown

# The follow-up the Ministry sends back to the city: every problem it raised, as it stood at the
# end of the week, and the same as an official letter in Vietnamese, ready to print and sign.
step report locality "Cần Thơ" --as-of 2025-09-07
step report locality "Cần Thơ" --as-of 2025-09-07 --lang vi --issuer "Bộ Khoa học và Công nghệ" --format html \
    --output "$out/theo-doi-can-tho.html"
echo "The follow-up letter: $out/theo-doi-can-tho.html"

# The same register served over HTTP (SERVE.md): the city's department files from its own
# office with a token of its own, and the coordinator's list shows it beside the meeting's.
for line in 'so-khcn-can-tho --role locality --locality "Cần Thơ"' 'dieu-phoi --role coordinator'; do
    printf '\n\033[1m$ docket token add %s --json > …\033[0m\n' "$line"
done
"$DOCKET" token add so-khcn-can-tho --role locality --locality "Cần Thơ" --json > "$out/can-tho-token.json"
"$DOCKET" token add dieu-phoi --role coordinator --json > "$out/coordinator-token.json"
token() { sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p' "$1"; }
printf '\n\033[1m$ docket serve --listen 127.0.0.1:0 &\033[0m\n'
"$DOCKET" serve --listen 127.0.0.1:0 2> "$out/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
address=""
for _ in $(seq 1 100); do
    address=$(sed -n 's/^docket serve: listening on \(http:[^ ]*\)$/\1/p' "$out/serve.log")
    [[ -n $address ]] && break
    sleep 0.1
done
[[ -n $address ]] || { echo "docket serve did not start:" >&2; cat "$out/serve.log" >&2; exit 1; }
echo "docket serve: listening on $address"
# A small client in Python's standard library (no curl needed): POST a problem, GET the list.
python3 - "$address" "$(token "$out/can-tho-token.json")" "$(token "$out/coordinator-token.json")" <<'PY'
import json, sys, urllib.request
address, city, coordinator = sys.argv[1:]
def call(method, path, token, body=None):
    request = urllib.request.Request(address + path, method=method, data=body and json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return response.status, response.headers, json.load(response)
status, headers, problem = call("POST", "/api/v1/problems", city, {
    "locality": "Cần Thơ", "category": "vien thong",
    "title": "Chưa có cơ chế dùng chung cột ăng-ten giữa các doanh nghiệp viễn thông",
    "recommendation": "Bộ hướng dẫn cơ chế chia sẻ hạ tầng"})
print(f"\n\033[1mPOST /api/v1/problems\033[0m (as so-khcn-can-tho) → {status}, Location: {headers['Location']}")
print(f"#{problem['id']} {problem['state']}: {problem['title']}")
status, _, page = call("GET", "/api/v1/problems", coordinator)
print(f"\n\033[1mGET /api/v1/problems\033[0m (as dieu-phoi) → {status}")
for item in page["items"]:
    owner = item["unit"]["name"] if item["unit"] else "—"
    print(f"  #{item['id']:<3} {item['state']:<10} {item['locality']['name']:<12} {owner:<48.48} {item['title'][:60]}")
PY
kill -TERM "$server"
wait "$server" && echo "docket serve stopped (exit 0)."
trap - EXIT

# The same register in a browser: a token for each role of SERVE.md, and the command that serves
# it (`make serve-demo`). Sign in at the URL with one of them.
"$DOCKET" token add quan-tri --role admin --json > "$out/admin-token.json"
"$DOCKET" token add bo-khcn --role unit --unit bo-khcn --json > "$out/unit-token.json"
"$DOCKET" token add so-khcn-ha-noi --role locality --locality "Hà Nội" --json > "$out/ha-noi-token.json"
{
    echo "In a browser: make serve-demo, then open http://127.0.0.1:8080/ and sign in with one of these tokens:"
    printf '  %-12s %-16s %s\n' admin quan-tri "$(token "$out/admin-token.json")"
    printf '  %-12s %-16s %s\n' coordinator dieu-phoi "$(token "$out/coordinator-token.json")"
    printf '  %-12s %-16s %s\n' "unit" bo-khcn "$(token "$out/unit-token.json")"
    printf '  %-12s %-16s %s\n' locality so-khcn-can-tho "$(token "$out/can-tho-token.json")"
    printf '  %-12s %-16s %s\n' locality so-khcn-ha-noi "$(token "$out/ha-noi-token.json")"
} | tee "$out/tokens.txt"
echo "(kept in $out/tokens.txt)"
