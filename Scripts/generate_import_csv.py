#!/usr/bin/env python3
"""Writes a CSV file for `docket import` with N rows of made-up Vietnamese problems, for
measuring import speed (Scripts/bench-import.sh). Deterministic: the same N gives the same file.

Usage: generate_import_csv.py N OUT.csv COMMUNES.txt
COMMUNES.txt lists the communes the rows may name, one "Phường X|Province" a line, as
bench-import.sh adds them to the register first.
About half the rows have a unit (cuc-vt, vu-pc or bo-khcn) and a due date; a tenth name a group.
"""
import csv, random, sys

n, out, communes_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(20250826)
provinces = ["Cần Thơ", "can tho", "TP. Hồ Chí Minh", "Hà Nội", "ha noi", "Đồng Nai", "dong nai", "Huế",
             "Thành phố Đà Nẵng", "Tỉnh Lào Cai", "Điện Biên", "Quảng Ninh", "Khánh Hòa", "Thanh Hoá",
             "An Giang", "Đắk Lắk", "Gia Lai", "Lâm Đồng", "Nghệ An", "Hà Tĩnh", "92", "01", "79", "48"]
communes = [line.split("|")[0] for line in open(communes_path, encoding="utf-8").read().splitlines() if line]
subjects = ["Giá thuê hạ tầng viễn thông thụ động", "Cán bộ cấp xã", "Thủ tục hành chính", "Dịch vụ công trực tuyến",
            "Chữ ký số chuyên dùng", "Đo lường và chất lượng sản phẩm", "Cáp ngầm hóa", "Chuyển đổi số",
            "Kinh phí khoa học", "Sở hữu trí tuệ", "Tần số vô tuyến điện", "Bưu chính công ích"]
troubles = ["chưa thống nhất", "còn chồng chéo", "thiếu chuyên môn", "chậm được hướng dẫn", "vượt thẩm quyền",
            "chưa có kinh phí", "chưa được phân cấp", "khó thực hiện ở cấp xã"]
asks = ["Đề nghị Bộ sớm ban hành hướng dẫn", "Đề nghị tăng cường đào tạo, bồi dưỡng",
        "Đề nghị phối hợp với các bộ, ngành", "Đề nghị Cục Viễn thông thống nhất khung giá"]
categories = ["Viễn thông", "Đo lường, chất lượng", "Thủ tục hành chính", "Chuyển đổi số", "Khoa học"]
units = ["cuc-vt", "vu-pc", "bo-khcn"]
groups = ["Hạ tầng viễn thông", "Thủ tục chồng chéo", "Đào tạo cán bộ xã"]

with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["title", "locality", "category", "description", "recommendation", "group", "unit", "due", "raised_at"])
    for i in range(n):
        day = 1 + i % 28
        assigned = i % 2 == 0
        w.writerow([
            f"{rng.choice(subjects)} {rng.choice(troubles)} ({i})",
            rng.choice(communes) if communes and i % 3 == 0 else rng.choice(provinces),
            rng.choice(categories),
            f"{rng.choice(subjects)} {rng.choice(troubles)}; phản ánh tại buổi làm việc ngày {day:02d}/08/2025.",
            rng.choice(asks),
            rng.choice(groups) if i % 10 == 0 else "",
            rng.choice(units) if assigned else "",
            f"2025-09-{day:02d}" if assigned else "",
            f"2025-08-{day:02d}",
        ])
