#!/usr/bin/python3
"""Differential test of Sluice against SQLite.

Generates deterministic tables as CSV files, loads them into SQLite (in memory) and into Sluice
tables ('connector' = 'filesystem', 'format' = 'csv'), runs every query of a query file on both in
batch mode and compares the results: as multisets (rows sorted), or in order for queries marked
@ordered. Numbers compare with a relative tolerance of 1e-9; Sluice's TRUE/FALSE compare equal to
SQLite's 1/0. Sluice's CSV output prints NULL and the empty string alike (an empty field), so the
comparison treats them alike too.

Query file format: statements end with a line ending in ';'. Lines starting with '--' are comments.
'@ordered' before a statement makes the comparison ordered. '@sqlite <statement>;' gives the SQLite
text of the next statement when the dialects differ; otherwise the Sluice text runs on SQLite after
a few spelling rewrites (CHAR_LENGTH -> LENGTH, AS STRING -> AS TEXT).

Usage: differential.py <sluice binary> <query file>. Exits 1 on any mismatch or error.
"""

import csv
import io
import math
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

NULL_LITERAL = "\\N"
REL_TOL = 1e-9
ABS_TOL = 1e-9

# Table name -> list of (column name, Flink type, SQLite type).
SCHEMAS = {
    "t1": [("id", "INT", "INTEGER"), ("g", "INT", "INTEGER"), ("k", "INT", "INTEGER"),
           ("v", "BIGINT", "INTEGER"), ("x", "DOUBLE", "REAL"), ("s", "STRING", "TEXT"),
           ("c", "STRING", "TEXT")],
    "t2": [("k", "INT", "INTEGER"), ("name", "STRING", "TEXT"), ("w", "DOUBLE", "REAL")],
    "t3": [("k", "INT", "INTEGER"), ("s", "STRING", "TEXT")],
}

STRING_POOL = [
    "apple", "Apple", "APPLE pie", " padded ", "a,b", 'say "hi"', "it's", "x%y", "under_score",
    "Banana", "cherry,  ", "ab", "abc", "abcd", "  lead", "trail  ", "mixed Case", 'comma,"quote"',
    "zeta", "Zeta", "hello world", "foo", "foobar", "bar", "", "12", "-7", "a", "b", "c",
]


def maybe_null(rng, value, probability):
    return None if rng.random() < probability else value


def generate(rng):
    """Returns table name -> list of row tuples (None for NULL)."""
    t1 = []
    for i in range(1, 3001):
        t1.append((
            i,
            maybe_null(rng, rng.randint(0, 9), 0.05),
            maybe_null(rng, rng.randint(-20, 20), 0.08),
            maybe_null(rng, rng.randint(-1000000, 1000000), 0.05),
            maybe_null(rng, round(rng.uniform(-1000, 1000), 2), 0.07),
            maybe_null(rng, rng.choice(STRING_POOL) if rng.random() < 0.6
                       else "item%d" % rng.randint(0, 60), 0.06),
            maybe_null(rng, rng.choice("abcde"), 0.1),
        ))
    t2 = []
    for _ in range(400):
        t2.append((
            maybe_null(rng, rng.randint(-25, 25), 0.05),
            maybe_null(rng, rng.choice(STRING_POOL[:20]), 0.05),
            maybe_null(rng, round(rng.uniform(-50, 50), 3), 0.05),
        ))
    t3 = []
    for _ in range(60):
        t3.append((
            maybe_null(rng, rng.randint(-10, 10), 0.1),
            maybe_null(rng, rng.choice(["a", "b", "c", "ab", "apple", "foo"]), 0.1),
        ))
    return {"t1": t1, "t2": t2, "t3": t3}


def write_csv(path, rows):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        for row in rows:
            writer.writerow([NULL_LITERAL if v is None else v for v in row])


def sluice_ddl(data_dir):
    statements = ["SET 'execution.runtime-mode' = 'batch'"]
    for table, columns in SCHEMAS.items():
        cols = ", ".join("%s %s" % (name, flink) for name, flink, _ in columns)
        statements.append(
            "CREATE TABLE %s (%s) WITH ('connector' = 'filesystem', 'path' = '%s', "
            "'format' = 'csv', 'csv.null-literal' = '%s')"
            % (table, cols, os.path.join(data_dir, table + ".csv"), NULL_LITERAL))
    return "; ".join(statements) + ";"


def load_sqlite(tables):
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("PRAGMA case_sensitive_like = ON")  # Flink's LIKE is case-sensitive
    for table, columns in SCHEMAS.items():
        cols = ", ".join("%s %s" % (name, lite) for name, _, lite in columns)
        db.execute("CREATE TABLE %s (%s)" % (table, cols))
        marks = ", ".join("?" for _ in columns)
        db.executemany("INSERT INTO %s VALUES (%s)" % (table, marks), tables[table])
    return db


def parse_queries(path):
    """Returns a list of (line number, sluice sql, sqlite sql, ordered)."""
    queries = []
    buffer, start, ordered, sqlite_text, in_sqlite = [], None, False, None, False
    with open(path) as f:
        for number, line in enumerate(f, 1):
            stripped = line.strip()
            if not buffer and (not stripped or stripped.startswith("--")):
                continue
            if not buffer and stripped == "@ordered":
                ordered = True
                continue
            if not buffer and stripped.startswith("@sqlite"):
                in_sqlite = True
                stripped = stripped[len("@sqlite"):].strip()
            if not buffer:
                start = number
            buffer.append(stripped)
            if stripped.endswith(";"):
                text = " ".join(buffer)[:-1].strip()
                buffer = []
                if in_sqlite:
                    sqlite_text, in_sqlite = text, False
                    continue
                queries.append((start, text, sqlite_text or rewrite_for_sqlite(text), ordered))
                ordered, sqlite_text = False, None
    if buffer:
        raise SystemExit("%s: unterminated statement at line %d" % (path, start))
    return queries


def rewrite_for_sqlite(sql):
    sql = re.sub(r"\bCHAR_LENGTH\s*\(", "LENGTH(", sql, flags=re.I)
    sql = re.sub(r"\bAS\s+STRING\b", "AS TEXT", sql, flags=re.I)
    return sql


def run_sluice(sluice, catalog_dir, ddl, sql):
    """Returns (rows, error)."""
    proc = subprocess.run(
        [sluice, "--catalog", catalog_dir, "--format", "csv", "-e", ddl + " " + sql + ";"],
        capture_output=True, text=True, timeout=60)
    if proc.returncode != 0 or proc.stderr.strip():
        return None, "exit %d: %s%s" % (proc.returncode, proc.stderr.strip(), proc.stdout[-500:])
    lines = proc.stdout.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [l for l in lines if not l.startswith("[INFO]")]
    if not lines:
        return None, "no header line in output: %r" % proc.stdout
    # One line per row (the data has no line breaks); an empty line is one NULL (or empty) field,
    # which csv.reader would read as no field at all.
    rows = [tuple(next(csv.reader([l]))) if l else ("",) for l in lines[1:]]
    return rows, None


def run_sqlite(db, sql):
    try:
        return [tuple(r) for r in db.execute(sql).fetchall()], None
    except sqlite3.Error as e:
        return None, "sqlite error: %s" % e


def normalize_sluice(cell):
    if cell == "":
        return None
    if cell in ("TRUE", "FALSE"):
        return 1 if cell == "TRUE" else 0
    return parse_number(cell)


def normalize_sqlite(value):
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return parse_number(value)
    return value


def parse_number(text):
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text):
        return float(text)
    return text


def sort_key(row):
    key = []
    for v in row:
        if v is None:
            key.append((0, 0))
        elif isinstance(v, (int, float)):
            key.append((1, float("%.9g" % v)))
        else:
            key.append((2, v))
    return key


def cells_equal(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, int) and isinstance(b, int):
            return a == b
        return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)
    return a == b


def compare(sluice_rows, sqlite_rows, ordered):
    a = [tuple(normalize_sluice(c) for c in r) for r in sluice_rows]
    b = [tuple(normalize_sqlite(c) for c in r) for r in sqlite_rows]
    if len(a) != len(b):
        return "row counts differ: sluice %d, sqlite %d" % (len(a), len(b))
    if not ordered:
        a.sort(key=sort_key)
        b.sort(key=sort_key)
    for i, (ra, rb) in enumerate(zip(a, b)):
        if len(ra) != len(rb) or not all(cells_equal(x, y) for x, y in zip(ra, rb)):
            return "row %d differs: sluice %r, sqlite %r" % (i, ra, rb)
    return None


def show(rows, limit=20):
    lines = ["    %r" % (r,) for r in rows[:limit]]
    if len(rows) > limit:
        lines.append("    ... (%d rows)" % len(rows))
    return "\n".join(lines) if lines else "    (no rows)"


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: differential.py <sluice binary> <query file>")
    sluice = os.path.abspath(sys.argv[1])
    queries = parse_queries(sys.argv[2])
    work = tempfile.mkdtemp(prefix="sluice-diff-")
    try:
        tables = generate(random.Random(20240611))
        for table, rows in tables.items():
            write_csv(os.path.join(work, table + ".csv"), rows)
        db = load_sqlite(tables)
        ddl = sluice_ddl(work)

        def run_one(index_query):
            index, (line, sluice_sql, sqlite_sql, ordered) = index_query
            catalog = os.path.join(work, "catalog%d" % index)
            return run_sluice(sluice, catalog, ddl, sluice_sql)

        with ThreadPoolExecutor(max_workers=2) as pool:
            sluice_results = list(pool.map(run_one, enumerate(queries)))
        failures = 0
        for (line, sluice_sql, sqlite_sql, ordered), (s_rows, s_err) in zip(queries,
                                                                             sluice_results):
            l_rows, l_err = run_sqlite(db, sqlite_sql)
            problem = s_err or l_err or compare(s_rows, l_rows, ordered)
            if problem is None:
                continue
            failures += 1
            print("FAIL (line %d): %s" % (line, sluice_sql))
            if sqlite_sql != sluice_sql:
                print("  sqlite text: %s" % sqlite_sql)
            print("  %s" % problem)
            if s_rows is not None:
                print("  sluice result:\n%s" % show(s_rows))
            if l_rows is not None:
                print("  sqlite result:\n%s" % show(l_rows))
        print("%d queries, %d passed, %d failed" % (len(queries), len(queries) - failures,
                                                     failures))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
