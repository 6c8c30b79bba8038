#!/usr/bin/env python3
"""`make bench-serve`'s web pages: each page of `docket serve` under wrk on loopback, signed in
as the role whose page it is, on a copy of the cached 100k-problem register (bench/run.py's
cache), with the weight of each page. Each page is loaded twice: at one connection, the time a
person waits for it (the goal, issue 14: every page ≤ 50 ms at the median, ≤ 100 KB without the
report), and at --connections, what the server serves of it under load.

A benchmark, never a test: every load is bounded by --duration; only 127.0.0.1. Writes
bench/pages-last-run.json and the section of BENCHMARKS.md between the bench-pages markers.

Usage: bench/pages.py [--duration 4] [--connections 8] [--no-write]
"""
import argparse, datetime, http.cookiejar, json, os, re, shutil, subprocess, sys, tempfile, time, urllib.parse, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench  # noqa: E402
import serve  # noqa: E402  (bench/serve.py: the server, wrk)

OUTPUT_JSON = os.path.join(bench.ROOT, "bench/pages-last-run.json")
BEGIN = "<!-- bench-pages:begin (written by `make bench-serve`, bench/pages.py) -->"
END = "<!-- bench-pages:end -->"
MEDIAN_GOAL_MS = 50
WEIGHT_GOAL_KB = 100


def sign_in(url, token):
    """The session cookie of a browser signed in with `token`, as a browser gets it."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(url + "/signin", timeout=10).read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    opener.open(url + "/signin", data=urllib.parse.urlencode({"csrf": csrf, "token": token}).encode(), timeout=10).read()
    cookies = {cookie.name: cookie.value for cookie in jar}
    if "docket_session" not in cookies:
        raise RuntimeError("signing in gave no session cookie")
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def weight(url, path, cookie):
    request = urllib.request.Request(url + path.replace("{id}", "1"), headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, len(response.read())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=4)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    wrk = serve.ensure_wrk()
    source = bench.register(serve.SIZE)
    work = tempfile.mkdtemp(prefix="docket-bench-pages-")
    db = os.path.join(work, "register.db")
    shutil.copyfile(source, db)
    os.chmod(db, 0o600)
    max_id = int(bench.sql_rows(db, "SELECT max(id) FROM problem")[0])
    # The unit and the province with the most problems: the fullest desks.
    unit = bench.sql_rows(db, "SELECT u.code FROM problem p JOIN unit u ON u.id = p.unit_id GROUP BY u.id ORDER BY count(*) DESC LIMIT 1")[0]
    province = bench.sql_rows(db, "SELECT l.name FROM problem p JOIN locality l ON l.id = p.province_id GROUP BY l.id ORDER BY count(*) DESC LIMIT 1")[0]
    tokens = {}
    for role, extra in [("coordinator", []), ("unit", ["--unit", unit]), ("locality", ["--locality", province])]:
        made = subprocess.run([bench.DOCKET, "token", "add", f"bench-{role}", "--role", role, "--json", "--db", db] + extra,
                              check=True, capture_output=True, text=True)
        tokens[role] = json.loads(made.stdout)["token"]
    week = serve.WEEK
    pages = [
        ("coordinator", "/", "the coordinator's desk: counts by state, the first 50 open"),
        ("unit", "/", f"unit {unit}'s desk: overdue first"),
        ("locality", "/", f"{province}'s desk"),
        ("coordinator", "/problems?state=assigned", "a list filtered by state, 50 a page"),
        ("coordinator", "/problems?q=vien+thong", "a search, best 50 first"),
        ("coordinator", "/problems/{id}", "a problem with its forms and history, random ids"),
        ("locality", "/problems/new", "the filing form of a province (its communes)"),
        ("coordinator", "/groups", "the groups with their counts"),
        ("coordinator", f"/reports/weekly?week={week}", "the report's page (the report itself is framed)"),
        ("coordinator", f"/reports/weekly/view?week={week}&format=html", "the HTML weekly report, framed"),
    ]
    server = serve.Server(db, work)
    results = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), "machine": bench.machine(),
               "problems": max_id, "connections": args.connections, "duration_s": args.duration, "pages": []}
    try:
        cookies = {role: sign_in(server.url, token) for role, token in tokens.items()}
        for role, path, what in pages:
            status, size = weight(server.url, path, cookies[role])
            if status != 200:
                raise RuntimeError(f"{path} as {role} answered {status}")
            os.environ.update(DOCKET_COOKIE=cookies[role], DOCKET_PAGE=path)
            serve.wrk_run(wrk, server, "page.lua", 1, 1, tokens[role], max_id, "warmup")
            alone = serve.wrk_run(wrk, server, "page.lua", 1, args.duration, tokens[role], max_id, "pages")
            loaded = serve.wrk_run(wrk, server, "page.lua", args.connections, args.duration, tokens[role], max_id, "pages")
            entry = {"role": role, "path": path, "what": what, "bytes": size, "p50_ms": alone["p50_ms"], "p99_ms": alone["p99_ms"],
                     "loaded_p50_ms": loaded["p50_ms"], "per_second": loaded["per_second"],
                     "errors": alone["errors"] + loaded["errors"]}
            results["pages"].append(entry)
            serve.log(f"{path:<48} as {role:<11} {alone['p50_ms']:7.2f} ms p50  {alone['p99_ms']:7.2f} ms p99  "
                      f"(at {args.connections}: {loaded['p50_ms']:7.2f} ms p50, {loaded['per_second']:6.0f}/s)  "
                      f"{size / 1024:6.1f} KB  errors {entry['errors']}")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    with open(OUTPUT_JSON, "w") as handle:
        json.dump(results, handle, indent=2)
    if not args.no_write:
        write_section(results)


def write_section(results):
    lines = [BEGIN, "", f"## Web pages (`make bench-serve`, bench/pages.py, {results['date']})", "",
             f"{results['problems']:,} problems; wrk for {results['duration_s']} s a page at one connection (the wait, "
             f"which the goal is of: ≤ {MEDIAN_GOAL_MS} ms at the median, ≤ {WEIGHT_GOAL_KB} KB without the report), then "
             f"at {results['connections']} connections (the load: pages a second, and the median wait behind the others), "
             "signed in as the page's role.", "",
             f"| page | as | p50 ms | p99 ms | p50 ms at {results['connections']} | pages/s at {results['connections']} | KB | goal |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for page in results["pages"]:
        report = "/view" in page["path"]
        met = page["p50_ms"] <= MEDIAN_GOAL_MS and (report or page["bytes"] <= WEIGHT_GOAL_KB * 1024) and page["errors"] == 0
        lines.append(f"| `{page['path']}` ({page['what']}) | {page['role']} | {page['p50_ms']:.2f} | {page['p99_ms']:.2f} | "
                     f"{page['loaded_p50_ms']:.2f} | {page['per_second']:,.0f} | {page['bytes'] / 1024:.1f} | {'met' if met else 'NOT met'} |")
    lines += ["", END]
    text = "\n".join(lines)
    with open(serve.BENCHMARKS) as handle:
        current = handle.read()
    if BEGIN in current and END in current:
        current = current[:current.index(BEGIN)] + text + current[current.index(END) + len(END):]
    else:
        current = current.rstrip("\n") + "\n\n" + text + "\n"
    with open(serve.BENCHMARKS, "w") as handle:
        handle.write(current)


if __name__ == "__main__":
    main()
