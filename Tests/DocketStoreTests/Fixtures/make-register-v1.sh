#!/usr/bin/env bash
# Makes register-v1.db: a register of schema version 1 with a row in every table and a
# history through every transition, committed so that every later schema's migration is
# tested on it (RegisterUpgradeTests). Run once, with the docket of schema version 1:
#   Tests/DocketStoreTests/Fixtures/make-register-v1.sh .build/debug/docket
# Never regenerate it with a later docket: it stands for registers made by version 1.
set -euo pipefail
DOCKET=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOCKET_DB="$work/register.db" DOCKET_ACTOR=fixture
d() { "$DOCKET" "$@" >/dev/null; }
d init --at 2025-08-01
d unit add chinh-phu --name "Chính phủ" --kind government --at 2025-08-01
d unit add bo-khcn --name "Bộ Khoa học và Công nghệ" --parent chinh-phu --at 2025-08-01
d unit add cuc-vt --name "Cục Viễn thông" --parent bo-khcn --at 2025-08-01
d unit add vu-pc --name "Vụ Pháp chế" --parent bo-khcn --at 2025-08-01
d locality add "Phường Ninh Kiều" --parent "Cần Thơ" --code 31117 --at 2025-08-01
d meeting add --locality "Cần Thơ" --date 2025-08-26 --title "Làm việc với TP. Cần Thơ" --lead "Hồ Hồng Hải" --at 2025-08-26
d group add "Khó khăn khi vận hành chính quyền địa phương hai cấp" --at 2025-08-26
d file --locality "ninh kieu" --meeting 1 --group 1 --category "Đo lường" --at 2025-08-26T10:30 \
    --title "Cán bộ cấp xã thiếu chuyên môn đo lường" --recommendation "Tăng cường đào tạo"
d import "$here/../../../demo/can-tho-2025-08-26.csv" --meeting 1
d file --locality "Đồng Nai" --title "Đường truyền chậm" --description "Ảnh hưởng dịch vụ công" --at 2025-08-27
d assign 1 --unit cuc-vt --due 2025-09-30 --note "Giao Cục" --at 2025-08-27
d assign 2 --unit vu-pc --due 2025-09-05 --at 2025-08-27
d assign 3 --unit cuc-vt --due 2025-09-30 --at 2025-08-27
d answer 1 --response "Đã hướng dẫn" --at 2025-08-29
d escalate 2 --to chinh-phu --reason "Liên bộ" --at 2025-09-03
d comment 2 "Đang chờ ý kiến" --at 2025-09-04
d resolve 3 --resolution "Đã thống nhất khung giá" --at 2025-09-04
d reopen 3 --reason "Chưa áp dụng" --at 2025-09-10
d resolve 3 --resolution "Đã áp dụng" --at 2025-09-15
d close 4 --reason "Trùng" --at 2025-09-16
d assign 1 --unit vu-pc --due 2025-09-20 --at 2025-09-17
d sweep --at 2025-09-22
cp "$work/register.db" "$here/register-v1.db"
