#!/usr/bin/env python3
"""Engine benchmark: Sluice (through its CLI) against single-threaded DuckDB on the same data.

Two queries over N rows of (k INT, v INT, s STRING), k uniform over 10,000 groups, v uniform over
[-1000, 1000] (about half positive), s a 16-character lowercase hex string:

  agg   SELECT k, SUM(v), COUNT(*) FROM t WHERE v > 0 GROUP BY k
  proj  SELECT k, v * 2, UPPER(s) FROM t WHERE v > 0          (string function + projection)

each from two sources:

  datagen  rows generated inside the engine (Sluice: the datagen connector, unthrottled;
           DuckDB: the equivalent columns computed from range())
  csv      one CSV file (written once by DuckDB), read by Sluice's filesystem connector and by
           DuckDB's read_csv

Sluice runs as `sluice --catalog <tmp> -e "SET batch; SET parallelism 1; ..."`, one process per
query, under /usr/bin/time -v (wall time and peak RSS of the whole process). DuckDB runs with
SET threads=1 in its own Python process, also under /usr/bin/time -v; its time is the query alone.
Sluice writes the projection to a blackhole sink; DuckDB wraps it in an aggregate that touches every
projected column (it has no blackhole), see README.md.

Standard library only, plus the duckdb module, which is installed into bench/.venv when missing.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
VENV_DIR = os.path.join(BENCH_DIR, ".venv")
TIME_BIN = "/usr/bin/time"
GROUPS = 10000


def ensure_duckdb():
    """Re-executes this script under bench/.venv (creating it) when duckdb is not importable."""
    try:
        import duckdb  # noqa: F401
        return
    except ImportError:
        pass
    venv_python = os.path.join(VENV_DIR, "bin", "python")
    if os.path.abspath(sys.executable) == os.path.abspath(venv_python):
        sys.exit("duckdb is missing from bench/.venv; run: bench/.venv/bin/pip install duckdb")
    if not os.path.exists(venv_python):
        print(f"creating {VENV_DIR} and installing duckdb ...", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", VENV_DIR])
        subprocess.check_call([venv_python, "-m", "pip", "install", "-q", "duckdb"])
    os.execv(venv_python, [venv_python] + sys.argv)


def run_timed(cmd, stdout_path=None):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak RSS in MiB, stdout text)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        time_file = tf.name
    out = open(stdout_path, "w") if stdout_path else subprocess.PIPE
    start = time.perf_counter()
    proc = subprocess.run([TIME_BIN, "-v", "-o", time_file] + cmd, stdout=out,
                          stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if stdout_path:
        out.close()
    with open(time_file) as f:
        report = f.read()
    os.unlink(time_file)
    if proc.returncode != 0:
        raise RuntimeError(f"command failed ({proc.returncode}): {' '.join(cmd)[:300]}\n"
                           f"{proc.stderr[-2000:]}")
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1))
    return wall, rss_kb / 1024.0, (proc.stdout if not stdout_path else "")


# ---- Sluice -----------------------------------------------------------------------------------

SETTINGS = "SET 'execution.runtime-mode' = 'batch'; SET 'parallelism.default' = '1'; "


def sluice_source_ddl(source, rows, csv_path):
    if source == "datagen":
        return ("CREATE TABLE t (k INT, v INT, s STRING) WITH ("
                "'connector' = 'datagen', "
                f"'number-of-rows' = '{rows}', "
                "'rows-per-second' = '1000000000000', "
                f"'fields.k.min' = '0', 'fields.k.max' = '{GROUPS - 1}', "
                "'fields.v.min' = '-1000', 'fields.v.max' = '1000', "
                "'fields.s.length' = '16'); ")
    return ("CREATE TABLE t (k INT, v INT, s STRING) WITH ("
            f"'connector' = 'filesystem', 'path' = '{csv_path}', 'format' = 'csv'); ")


def sluice_script(query, source, rows, csv_path):
    script = SETTINGS + sluice_source_ddl(source, rows, csv_path)
    if query == "agg":
        return script + "SELECT k, SUM(v) AS sv, COUNT(*) AS c FROM t WHERE v > 0 GROUP BY k;"
    return (script + "CREATE TABLE sink (k INT, v2 INT, u STRING) WITH ('connector' = 'blackhole'); "
            "INSERT INTO sink SELECT k, v * 2, UPPER(s) FROM t WHERE v > 0;")


def run_sluice(sluice, query, source, rows, csv_path, work):
    catalog = tempfile.mkdtemp(prefix="catalog-", dir=work)
    out_path = os.path.join(work, f"sluice-{query}-{source}.out")
    cmd = [sluice, "--catalog", catalog, "--format", "csv", "-e",
           sluice_script(query, source, rows, csv_path)]
    wall, rss, _ = run_timed(cmd, stdout_path=out_path)
    shutil.rmtree(catalog, ignore_errors=True)
    check = None
    if query == "agg":
        check = summarize_csv_result(out_path)
    return {"seconds": wall, "rss_mib": rss, "check": check}


def summarize_csv_result(path):
    """(groups, sum of SUM(v), sum of COUNT(*)) of an agg result printed with --format csv."""
    groups = total_sum = total_count = 0
    with open(path) as f:
        for line in f:
            parts = line.strip().split(",")
            if len(parts) != 3 or not parts[0].lstrip("-").isdigit():
                continue  # header or a message line
            groups += 1
            total_sum += int(parts[1])
            total_count += int(parts[2])
    return [groups, total_sum, total_count]


# ---- DuckDB -----------------------------------------------------------------------------------

# The datagen equivalent: cheap per-row hashes of the row number, same ranges as Sluice's datagen.
DUCK_GEN = (f"SELECT (hash(i) % {GROUPS})::INT AS k, "
            "((hash(i + 1000000007) % 2001)::INT - 1000) AS v, "
            "lower(lpad(hex(hash(i + 2000000011)), 16, '0')) AS s FROM range({rows}) r(i)")

DUCK_CSV = ("SELECT * FROM read_csv('{csv}', header = false, auto_detect = false, "
            "columns = {{'k': 'INTEGER', 'v': 'INTEGER', 's': 'VARCHAR'}})")

DUCK_QUERIES = {
    "agg": "SELECT k, SUM(v) AS sv, COUNT(*) AS c FROM ({src}) t WHERE v > 0 GROUP BY k",
    # No blackhole in DuckDB: an aggregate over every projected column forces their evaluation.
    "proj": ("SELECT COUNT(*), SUM(v2), MAX(u) FROM "
             "(SELECT k, v * 2 AS v2, UPPER(s) AS u FROM ({src}) t WHERE v > 0) p"),
}

DUCK_CHILD = r"""
import duckdb, json, sys, time
sql, summarize = sys.argv[1], sys.argv[2] == "1"
con = duckdb.connect()
con.execute("SET threads = 1")
con.execute("SET preserve_insertion_order = false")
con.execute("SET enable_progress_bar = false")
start = time.perf_counter()
rows = con.execute(sql).fetchall()
seconds = time.perf_counter() - start
check = None
if summarize:
    check = [len(rows), sum(int(r[1]) for r in rows), sum(int(r[2]) for r in rows)]
print(json.dumps({"seconds": seconds, "check": check}))
"""


def duck_source(source, rows, csv_path):
    if source == "datagen":
        return DUCK_GEN.format(rows=rows)
    return DUCK_CSV.format(csv=csv_path)


def run_duckdb(query, source, rows, csv_path):
    sql = DUCK_QUERIES[query].format(src=duck_source(source, rows, csv_path))
    _, rss, out = run_timed([sys.executable, "-c", DUCK_CHILD, sql, "1" if query == "agg" else "0"])
    result = json.loads(out.strip().splitlines()[-1])
    result["rss_mib"] = rss
    return result


def write_csv(rows, csv_path):
    import duckdb
    con = duckdb.connect()
    con.execute(f"COPY ({DUCK_GEN.format(rows=rows)}) TO '{csv_path}' (FORMAT csv, HEADER false)")
    con.close()


# ---- Main -------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=50_000_000, help="rows per run (default 50M)")
    parser.add_argument("--sluice", default=os.path.join(REPO_DIR, "build-bench", "sluice"),
                        help="path to the sluice CLI (default build-bench/sluice)")
    parser.add_argument("--workdir", help="scratch folder (default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (CSV file)")
    parser.add_argument("--only", choices=["datagen", "csv"], help="run one source only")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()

    if not os.path.exists(TIME_BIN):
        sys.exit("/usr/bin/time is missing: apt-get install time")
    if not os.access(args.sluice, os.X_OK):
        sys.exit(f"sluice CLI not found at {args.sluice}: build it with "
                 "cmake -B build-bench -DCMAKE_BUILD_TYPE=Release && ninja -C build-bench sluice")
    ensure_duckdb()
    import duckdb

    work = args.workdir or tempfile.mkdtemp(prefix="sluice-bench-")
    os.makedirs(work, exist_ok=True)
    csv_path = os.path.join(work, "data.csv")
    sources = [args.only] if args.only else ["datagen", "csv"]
    csv_mb = None
    if "csv" in sources:
        print(f"writing {args.rows:,} rows to {csv_path} ...", file=sys.stderr)
        write_csv(args.rows, csv_path)
        csv_mb = os.path.getsize(csv_path) / 1e6

    results = []
    try:
        for source in sources:
            for query in ["agg", "proj"]:
                print(f"running {query} / {source} ...", file=sys.stderr)
                s = run_sluice(args.sluice, query, source, args.rows, csv_path, work)
                d = run_duckdb(query, source, args.rows, csv_path)
                results.append({"query": query, "source": source, "sluice": s, "duckdb": d})
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)

    print(f"\nrows = {args.rows:,}; groups = {GROUPS:,}; sluice = {args.sluice}; "
          f"duckdb {duckdb.__version__} (threads=1)"
          + (f"; csv = {csv_mb:.0f} MB" if csv_mb else ""))
    header = ("| query | source | Sluice s | Sluice M rows/s | Sluice CSV MB/s | Sluice peak RSS MiB "
              "| DuckDB s | DuckDB M rows/s | DuckDB peak RSS MiB | Sluice/DuckDB time |")
    print(header)
    print("|---" * 10 + "|")
    for r in results:
        s, d = r["sluice"], r["duckdb"]
        mbps = f"{csv_mb / s['seconds']:.0f}" if r["source"] == "csv" else "-"
        print(f"| {r['query']} | {r['source']} | {s['seconds']:.2f} | "
              f"{args.rows / s['seconds'] / 1e6:.1f} | {mbps} | {s['rss_mib']:.0f} | "
              f"{d['seconds']:.2f} | {args.rows / d['seconds'] / 1e6:.1f} | {d['rss_mib']:.0f} | "
              f"{s['seconds'] / d['seconds']:.2f}x |")
    for r in results:
        if r["query"] == "agg":
            sc, dc = r["sluice"]["check"], r["duckdb"]["check"]
            same = "match" if r["source"] == "csv" and sc == dc else (
                "same data: MISMATCH" if r["source"] == "csv" else "different generators")
            print(f"check agg/{r['source']}: sluice [groups, sum, count] = {sc}; duckdb = {dc} ({same})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"rows": args.rows, "csv_mb": csv_mb, "results": results}, f, indent=2)


if __name__ == "__main__":
    main()
