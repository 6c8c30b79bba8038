"""Two builds of docket measured back to back, run by run in turn, on one machine and one
register: what a change costs, free of the machine's drift between two `make bench` runs.

    make release                       # the change
    git worktree add /tmp/before COMMIT && make -C /tmp/before release
    python3 bench/compare.py /tmp/before/.build/release/docket .build/release/docket

The writes, reads and lists run on a copy of the cached 1M register (`--size` to change), next
to the sqlite3 floor; the reports on the cached register itself; an import of 20,000 rows into a
fresh copy of the 10k register each run. Each command prints its median and p10–p90 in ms.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (bench/run.py: the register cache, Measure, sql_rows, make_csv)


def commands(builds, db, env_db):
    """The commands of both builds, and the floor (bench/run.py's), keyed "build command"."""
    targets = run.Targets(db, seed=1)
    made = {f"floor {name.removeprefix('floor_')}": command for name, command in run.floor_commands(db, targets).items()}
    for tag, docket in builds.items():
        made.update({f"{tag} {name}": command for name, command in run.cli_commands(docket, env_db, targets).items()})
    return made


def show(results):
    for name, result in results.items():
        print(f"{name:20} median {result['median']:8.2f} ms  p10 {result['p10']:8.2f}  p90 {result['p90']:8.2f}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=40)
    options = parser.parse_args()
    builds = {"before": os.path.abspath(options.before), "after": os.path.abspath(options.after)}
    measure = run.Measure(options.runs)
    os.environ["DOCKET_NOW"] = run.NOW

    source = run.register(options.size)
    work = tempfile.mkdtemp(prefix="docket-compare-")
    try:
        db = os.path.join(work, "register.db")
        shutil.copyfile(source, db)
        os.sync()
        time.sleep(2)
        show(measure.interleaved(commands(builds, db, ["--db", db])))

        reports = {}
        for tag, docket in builds.items():
            reports[f"{tag} week"] = lambda i, d=docket: [d, "report", "weekly", "--week", run.LAST_WEEK, "--db", source]
            reports[f"{tag} month"] = lambda i, d=docket: [d, "report", "period", "--month", run.LAST_MONTH, "--db", source]
        show(run.Measure(max(3, options.runs // 5)).interleaved(reports, warmup=2))

        small = run.register(10_000)
        data = os.path.join(work, "rows.csv")
        run.make_csv(data, 20_000)

        def importing(docket, tag):
            def make(i):
                copy = os.path.join(work, f"import-{tag}-{i}.db")
                shutil.copyfile(small, copy)
                return [docket, "import", data, "--db", copy]
            return make
        show(run.Measure(7).interleaved({f"{tag} import 20k": importing(d, tag) for tag, d in builds.items()}, warmup=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
