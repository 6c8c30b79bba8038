#!/usr/bin/env python3
"""`make bench`: docket measured as whole processes on large realistic registers, next to the
floor — the sqlite3 shell doing the equivalent bare SQL on the same register in the same run.

Registers of 10k, 100k and 1M problems are made by `docket-bench generate` (the real workflow
engine, bulk-loaded through the store) and cached in bench/cache/ keyed by the generator's and
the schema's source, so a second run starts at once. Each measurement runs on a fresh copy.

Every figure is a median over several runs after a warm-up, with the spread (10th-90th
percentile): the machine is shared and noisy, so ratios to the floor are what to compare.

Usage: bench/run.py [--quick] [--runs N] [--sizes 10000,100000] [--output BENCHMARKS.md]
Python 3 standard library only.
"""
import argparse, csv, datetime, hashlib, json, os, platform, random, resource, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCKET = os.path.join(ROOT, ".build/release/docket")
GENERATOR = os.path.join(ROOT, ".build/release/docket-bench")
CACHE = os.path.join(ROOT, "bench/cache")
NOW = "2026-11-25T12:00:00+07:00"   # when every generated history ends: a Wednesday
LAST_WEEK = "2026-W47"               # the last complete week before NOW
YEAR_BACK = "2025-W47"
LAST_MONTH = "2026-10"               # the last complete month before NOW
LAST_MONTH_END = "2026-10-31"
LAST_YEAR = "2025"                   # the last complete year
SQLITE = shutil.which("sqlite3") or "/usr/bin/sqlite3"
PEAKRSS = os.path.join(CACHE, "peakrss")


def peakrss():
    """bench/peakrss.c, built once: a command's own peak memory, not its Python parent's."""
    os.makedirs(CACHE, exist_ok=True)
    source = os.path.join(ROOT, "bench/peakrss.c")
    if not os.path.exists(PEAKRSS) or os.path.getmtime(PEAKRSS) < os.path.getmtime(source):
        subprocess.run(["cc", "-O2", "-o", PEAKRSS, source], check=True)
    return PEAKRSS


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def source_key():
    digest = hashlib.sha256()
    for folder in ["Sources/DocketBench", "Sources/DocketStore", "Sources/DocketWorkflow"]:
        for base, _, files in sorted(os.walk(os.path.join(ROOT, folder))):
            for name in sorted(files):
                if name == "ServeFloor.swift":  # `make bench-serve`'s floor: makes no register
                    continue
                with open(os.path.join(base, name), "rb") as handle:
                    digest.update(handle.read())
    with open(os.path.join(ROOT, "schema.sql"), "rb") as handle:
        digest.update(handle.read())
    return digest.hexdigest()[:12]


def register(size):
    """The cached register of `size` problems, generated when missing."""
    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, f"{size}-{source_key()}.db")
    if not os.path.exists(path):
        for old in os.listdir(CACHE):
            if old.startswith(f"{size}-"):
                os.remove(os.path.join(CACHE, old))
        log(f"generating a register of {size} problems (cached in {os.path.relpath(path, ROOT)})")
        started = time.perf_counter()
        partial = path + ".partial"
        for suffix in ["", "-wal", "-shm"]:
            if os.path.exists(partial + suffix):
                os.remove(partial + suffix)
        subprocess.run([GENERATOR, "generate", "--problems", str(size), "--out", partial, "--now", NOW], check=True)
        for suffix in ["-wal", "-shm"]:
            if os.path.exists(partial + suffix):
                os.remove(partial + suffix)
        os.rename(partial, path)
        log(f"  made in {time.perf_counter() - started:.1f} s")
    return path


class Measure:
    """Runs commands as whole processes: warm-up, then `runs` timed runs."""

    def __init__(self, runs):
        self.runs = runs

    def time(self, make_command, runs=None, warmup=3):
        """Times one command's runs (see `interleaved`)."""
        return self.interleaved({"only": make_command}, runs=runs, warmup=warmup)["only"]

    def interleaved(self, commands, runs=None, warmup=3):
        """Times whole processes, the commands taking turns run by run, so that a quieter or
        busier moment of the machine falls on all of them alike and their ratios hold. Peak
        memory is read in separate runs through peakrss, whose extra fork would be timed too."""
        runs = runs or self.runs
        times = {name: [] for name in commands}
        for index in range(warmup + runs):
            for name, make_command in commands.items():
                command = make_command(index)
                started = time.perf_counter()
                process = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                elapsed = time.perf_counter() - started
                if process.returncode != 0:
                    raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {process.stderr.decode(errors='replace')[:300]}")
                if index >= warmup:
                    times[name].append(elapsed * 1000)
        results = {}
        for name, make_command in commands.items():
            peak = 0
            for index in range(warmup + runs, warmup + runs + 2):
                process = subprocess.run([peakrss(), *make_command(index)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                peak = max(peak, int(process.stderr.decode().rsplit("peakrss ", 1)[1]))
            spread = sorted(times[name])
            results[name] = {
                "median": statistics.median(spread),
                "p10": spread[max(0, int(len(spread) * 0.1))],
                "p90": spread[min(len(spread) - 1, int(len(spread) * 0.9))],
                "runs": len(spread),
                "peak_kib": peak,
            }
        return results


def sql_rows(db, query):
    out = subprocess.run([SQLITE, db, query], check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def make_csv(path, rows, seed=7):
    provinces = ["Cần Thơ", "Hà Nội", "Đồng Nai", "Huế", "Thanh Hóa", "Đà Nẵng", "Gia Lai", "An Giang"]
    units = ["vu-1", "vu-2", "vu-3", "vu-2-p1", "vu-7-p3", ""]
    generator = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "locality", "category", "recommendation", "unit", "due", "raised_at"])
        for index in range(rows):
            unit = generator.choice(units)
            writer.writerow([f"Khó khăn số {index} về giá thuê hạ tầng viễn thông thụ động tại cấp xã",
                             generator.choice(provinces), "Viễn thông", "Đề nghị Bộ sớm ban hành hướng dẫn",
                             unit, "2026-12-31" if unit else "", "2026-11-20"])


class Targets:
    """What the commands act on in `db`: raised and open problems (each write takes the next),
    a ward and a unit, the largest province, 200 random problems to read."""

    def __init__(self, db, seed):
        self.raised = iter([int(x) for x in sql_rows(db, "SELECT id FROM problem WHERE state = 'raised' ORDER BY id")])
        self.open = iter([int(x) for x in sql_rows(
            db, "SELECT id FROM problem WHERE state IN ('assigned','answered','escalated') ORDER BY id")])
        self.ward = sql_rows(db, "SELECT code FROM locality WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1")[0]
        self.unit = sql_rows(db, "SELECT code FROM unit WHERE code LIKE 'vu-%-p%' ORDER BY id LIMIT 1")[0]
        # The province that raised the most problems (its communes' included): the longest follow-up.
        self.largest_province = sql_rows(db, "SELECT l.code FROM problem AS p JOIN locality AS l ON l.id = p.province_id "
                                             "GROUP BY p.province_id ORDER BY count(*) DESC, l.id LIMIT 1")[0]
        max_id = int(sql_rows(db, "SELECT max(id) FROM problem")[0])
        generator = random.Random(seed)
        self.reads = [generator.randint(1, max_id) for _ in range(200)]

    def read(self, i):
        return self.reads[i % len(self.reads)]


def floor_commands(db, targets):
    """The floor: the sqlite3 shell, one process per statement, on the same register."""
    return {
        "floor_insert": lambda i: [SQLITE, db,
            "INSERT INTO problem (title, locality_id, province_id, state, raised_at, updated_at, recorded_at) "
            f"VALUES ('Giá thuê hạ tầng viễn thông {i}', 40, 34, 'raised', 1764000000, 1764000000, 1764000000)"],
        # The same writes as a filing — its row, its `file` event, its search document and its
        # tally count — in one transaction: what `file` would cost if it were only its SQL.
        "floor_file_sql": lambda i: [SQLITE, db,
            "BEGIN IMMEDIATE; "
            "INSERT INTO problem (title, locality_id, province_id, state, raised_at, updated_at, recorded_at) "
            f"VALUES ('Giá thuê hạ tầng viễn thông thụ động chưa thống nhất {i}', 40, 34, 'raised', 1764000000, 1764000000, 1764000000); "
            "INSERT INTO event (problem_id, at, recorded_at, actor, action, to_state) "
            "VALUES (last_insert_rowid(), 1764000000, 1764000000, 'bench', 'file', 'raised'); "
            f"INSERT INTO search (rowid, title, body, history) SELECT problem_id, 'gia thue ha tang vien thong thu dong chua thong nhat {i}', '', '' "
            "FROM event WHERE id = last_insert_rowid(); "
            "INSERT INTO tally (state, unit_id, province_id, n) VALUES ('raised', 0, 34, 1) ON CONFLICT DO UPDATE SET n = n + 1; "
            "COMMIT;"],
        "floor_update": lambda i: [SQLITE, db,
            f"UPDATE problem SET state = 'assigned', unit_id = 30, due = '2026-12-31', updated_at = 1764000000 WHERE id = {targets.read(i)}"],
        "floor_read": lambda i: [SQLITE, db, f"SELECT * FROM problem WHERE id = {targets.read(i)}"],
    }


def cli_commands(docket, env_db, targets):
    """docket's commands of one process each, timed next to the floor."""
    return {
        "version": lambda i: [docket, "--version"],
        "file": lambda i: [docket, "file", *env_db, "--locality", "Cần Thơ",
                           "--title", f"Giá thuê hạ tầng viễn thông thụ động chưa thống nhất {i}"],
        "assign": lambda i: [docket, "assign", str(next(targets.raised)), "--unit", targets.unit, "--due", "2026-12-31", *env_db],
        "resolve": lambda i: [docket, "resolve", str(next(targets.open)), "--resolution", "Đã xử lý dứt điểm", *env_db],
        "show": lambda i: [docket, "show", str(targets.read(i)), *env_db],
        "list": lambda i: [docket, "list", "--locality", targets.ward, "--limit", "50", *env_db],
        # The same list with its commune named as people type it: among the 3,321 communes,
        # one of eight "Tân Tiến", folded, with its province.
        "list_by_name": lambda i: [docket, "list", "--locality", "xa tan tien (dong nai)", "--limit", "50", *env_db],
    }


def bench_size(size, measure, quick):
    source = register(size)
    work = tempfile.mkdtemp(prefix=f"docket-bench-{size}-")
    db = os.path.join(work, "register.db")
    shutil.copyfile(source, db)
    os.chmod(db, 0o600)
    env_db = ["--db", db]
    results = {}
    log(f"measuring at {size} problems")

    targets = Targets(db, seed=size)

    # Let the copy's writes settle before anything is timed.
    os.sync()
    time.sleep(2)

    # The floor and docket's commands take turns, so each ratio compares runs made at the same moments.
    results.update(measure.interleaved({**floor_commands(db, targets), **cli_commands(DOCKET, env_db, targets)}))
    results["search"] = measure.time(lambda i: [DOCKET, "search", "gia thue", "--limit", "20", *env_db])
    results["report_last_week"] = measure.time(lambda i: [DOCKET, "report", "weekly", "--week", LAST_WEEK, *env_db])
    results["report_year_back"] = measure.time(lambda i: [DOCKET, "report", "weekly", "--week", YEAR_BACK, *env_db],
                                               runs=max(3, measure.runs // 3), warmup=1)
    results["report_month"] = measure.time(lambda i: [DOCKET, "report", "period", "--month", LAST_MONTH, *env_db])
    results["report_year"] = measure.time(lambda i: [DOCKET, "report", "period", "--year", LAST_YEAR, *env_db],
                                          runs=max(3, measure.runs // 3), warmup=1)
    results["report_locality"] = measure.time(lambda i: [DOCKET, "report", "locality", targets.largest_province, *env_db],
                                              runs=max(3, measure.runs // 3), warmup=1)
    results["report_locality_as_of"] = measure.time(
        lambda i: [DOCKET, "report", "locality", targets.largest_province, "--as-of", LAST_MONTH_END, *env_db],
        runs=max(3, measure.runs // 3), warmup=1)
    results["report_locality"]["province"] = targets.largest_province
    results["export"] = measure.time(lambda i: [DOCKET, "export", "--csv", *env_db], runs=3, warmup=1)

    # Dump the whole register, then restore it into a new file (each run's target is new; the
    # one before is removed first, outside the timing).
    dumped = os.path.join(work, "register.jsonl")
    results["dump"] = measure.time(lambda i: [DOCKET, "dump", "--output", dumped, *env_db], runs=3, warmup=1)

    def restore_command(i):
        for name in os.listdir(work):
            if name.startswith("restored-"):
                os.remove(os.path.join(work, name))
        return [DOCKET, "restore", dumped, "--db", os.path.join(work, f"restored-{i}.db")]
    results["restore"] = measure.time(restore_command, runs=3, warmup=1)
    for key in ("dump", "restore"):
        results[key]["per_second"] = size / (results[key]["median"] / 1000)

    # Import: 100k rows (10k in a quick run) into a fresh copy each time.
    rows = 10_000 if quick or size < 100_000 else 100_000
    data = os.path.join(work, "rows.csv")
    make_csv(data, rows)
    copies = []

    def import_command(i):
        copy = os.path.join(work, f"import-{i}.db")
        shutil.copyfile(source, copy)
        copies.append(copy)
        return [DOCKET, "import", data, "--db", copy]
    timing = measure.time(import_command, runs=3, warmup=1)
    timing["rows"] = rows
    timing["per_second"] = rows / (timing["median"] / 1000)
    results["import"] = timing
    shutil.rmtree(work, ignore_errors=True)
    return results


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    sqlite = subprocess.run([SQLITE, "--version"], capture_output=True, text=True).stdout.split()[0]
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.system()} {platform.release()}, SQLite {sqlite}"


GOALS = [
    # key, what, goal text, check(results) -> (value text, ok)
    ("version", "`docket --version`", "≤ 3 ms", lambda r: (f"{r['version']['median']:.2f} ms", r["version"]["median"] <= 3)),
    ("file", "`file`", "≤ 1.5× INSERT floor", lambda r: ratio(r, "file", "floor_insert", 1.5)),
    ("assign", "`assign`", "≤ 1.5× UPDATE floor", lambda r: ratio(r, "assign", "floor_update", 1.5)),
    ("resolve", "`resolve`", "≤ 1.5× UPDATE floor", lambda r: ratio(r, "resolve", "floor_update", 1.5)),
    ("show", "`show`", "≤ 2× one-row read", lambda r: ratio(r, "show", "floor_read", 2)),
    ("list", "`list --locality WARD --limit 50`", "≤ 2× one-row read", lambda r: ratio(r, "list", "floor_read", 2)),
    ("list_by_name", "the same, the commune named `\"xa tan tien (dong nai)\"`", "≤ 2× one-row read",
     lambda r: ratio(r, "list_by_name", "floor_read", 2)),
    ("search", "`search` of two words", "≤ 20 ms", lambda r: (f"{r['search']['median']:.1f} ms", r["search"]["median"] <= 20)),
    ("report_last_week", "`report weekly`, last complete week", "≤ 100 ms",
     lambda r: (f"{r['report_last_week']['median']:.1f} ms", r["report_last_week"]["median"] <= 100)),
    ("report_year_back", "`report weekly`, a week a year back", "≤ 1 s",
     lambda r: (f"{r['report_year_back']['median']:.0f} ms", r["report_year_back"]["median"] <= 1000)),
    ("report_month", "`report period`, the last complete month", "≤ 300 ms",
     lambda r: (f"{r['report_month']['median']:.0f} ms", r["report_month"]["median"] <= 300)),
    ("report_year", "`report period`, the last complete year", "≤ 1.5 s",
     lambda r: (f"{r['report_year']['median']:.0f} ms", r["report_year"]["median"] <= 1500)),
    ("report_locality", "`report locality`, the province with the most problems", "≤ 500 ms",
     lambda r: (f"{r['report_locality']['median']:.0f} ms ({r['report_locality']['province']})", r["report_locality"]["median"] <= 500)),
    ("report_locality_as_of", "the same `--as-of` the last month's end", "≤ 500 ms",
     lambda r: (f"{r['report_locality_as_of']['median']:.0f} ms", r["report_locality_as_of"]["median"] <= 500)),
    ("import", "`import`", "≥ 100k problems/s",
     lambda r: (f"{r['import']['per_second']:,.0f} /s ({r['import']['rows']:,} rows)", r["import"]["per_second"] >= 100_000)),
]


def ratio(results, key, floor, limit):
    value = results[key]["median"] / results[floor]["median"]
    return f"{results[key]['median']:.2f} ms = {value:.2f}× {results[floor]['median']:.2f} ms", value <= limit


def write_report(all_results, path, started):
    sizes = sorted(all_results)
    largest = sizes[-1]
    lines = ["# Benchmarks", "",
             f"Measured by `make bench` on {datetime.date.today().isoformat()}: {machine()}.",
             "Each figure is the median of whole-process runs after a warm-up (spread: 10th–90th percentile);",
             "the floor is the `sqlite3` shell running the equivalent bare SQL on the same register in the same run.",
             "The machine is shared and noisy: compare ratios, and rerun with `make bench` (or `make bench QUICK=1`).", "",
             f"## Goals at {largest:,} problems", "",
             "| operation | goal | measured | met |", "| --- | --- | --- | --- |"]
    for key, what, goal, check in GOALS:
        value, ok = check(all_results[largest])
        lines.append(f"| {what} | {goal} | {value} | {'yes' if ok else '**no**'} |")
    peak = max(m["peak_kib"] for r in all_results.values() for m in r.values() if isinstance(m, dict) and "peak_kib" in m)
    lines.append(f"| peak memory of any command | ≤ 50 MB | {peak / 1024:.1f} MB | {'yes' if peak <= 50 * 1024 else '**no**'} |")
    measured = all_results[largest]
    lines += ["", "`file` does more than the bare INSERT: it also writes the problem's `file` event, its search",
              "document and its tally count, in one transaction. The `sqlite3` shell doing those same writes",
              f"(floor_file_sql) takes {measured['floor_file_sql']['median']:.2f} ms = "
              f"{measured['floor_file_sql']['median'] / measured['floor_insert']['median']:.2f}× the bare INSERT, and `file` is "
              f"{measured['file']['median'] / measured['floor_file_sql']['median']:.2f}× that."]
    lines += ["", f"`dump` writes the {largest:,} problems with every event and correction at "
              f"{measured['dump']['per_second']:,.0f} problems/s; `restore` reads them back into a new register, "
              "its search index and standing counts rebuilt, at "
              f"{measured['restore']['per_second']:,.0f} problems/s."]
    lines += ["", "## Every measurement", "", "| operation | " + " | ".join(f"{s:,}" for s in sizes) + " |",
              "| --- | " + " | ".join("---" for _ in sizes) + " |"]
    keys = ["floor_insert", "floor_file_sql", "floor_update", "floor_read", "version", "file", "assign", "resolve", "show", "list",
            "list_by_name", "search", "report_last_week", "report_year_back", "report_month", "report_year", "report_locality", "report_locality_as_of", "export", "dump", "restore", "import"]
    for key in keys:
        cells = []
        for size in sizes:
            m = all_results[size][key]
            cells.append(f"{m['median']:.2f} ms ({m['p10']:.2f}–{m['p90']:.2f}), {m['peak_kib'] / 1024:.1f} MB")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    if len(sizes) > 1:
        lines += ["", "## How cost grows with the register", "",
                  "Ratio of the median at each size to the median at the previous size (10× more problems each step):", "",
                  "| operation | " + " | ".join(f"{a:,} → {b:,}" for a, b in zip(sizes, sizes[1:])) + " |",
                  "| --- | " + " | ".join("---" for _ in sizes[1:]) + " |"]
        for key in keys:
            cells = [f"{all_results[b][key]['median'] / all_results[a][key]['median']:.2f}×" for a, b in zip(sizes, sizes[1:])]
            lines.append(f"| {key} | " + " | ".join(cells) + " |")
    lines += ["", f"Whole run: {time.perf_counter() - started:.0f} s. Raw figures: `bench/last-run.json`.", ""]
    lines += kept_serve_section(path)
    with open(path, "w") as handle:
        handle.write("\n".join(lines))
    with open(os.path.join(ROOT, "bench/last-run.json"), "w") as handle:
        json.dump({str(k): v for k, v in all_results.items()}, handle, indent=1)
    print("\n".join(lines))


def kept_serve_section(path):
    """The sections `make bench-serve` wrote between their markers (bench/serve.py's, the API;
    bench/pages.py's, the web pages), kept as they are: this run measures the command line only."""
    try:
        with open(path) as handle:
            old = handle.read()
    except OSError:
        return []
    kept = []
    for name in ["bench-serve", "bench-pages"]:
        begin, end = old.find(f"<!-- {name}:begin"), old.find(f"<!-- {name}:end -->")
        if begin >= 0 and end >= 0:
            kept += [old[begin:end + len(f"<!-- {name}:end -->")], ""]
    return kept


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k problems only")
    # 61 runs: with 21, the ratios to the floor moved by up to 10% from one whole run to the
    # next on this shared machine, more than the changes they were meant to show.
    parser.add_argument("--runs", type=int, default=61)
    parser.add_argument("--sizes", default=None)
    parser.add_argument("--output", default=os.path.join(ROOT, "BENCHMARKS.md"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([10_000] if args.quick else [10_000, 100_000, 1_000_000])
    started = time.perf_counter()
    measure = Measure(args.runs)
    results = {size: bench_size(size, measure, args.quick) for size in sizes}
    write_report(results, args.output, started)


if __name__ == "__main__":
    main()
