#!/usr/bin/env bash
# Differential test of Sluice against SQLite: bash sqlite_differential_test.sh <path to sluice>
# Generates deterministic tables, runs every query of differential/queries.sql on Sluice (batch
# mode) and on SQLite, and compares the results (see differential/differential.py). Prints each
# failing query with both results; exits non-zero on any mismatch.
set -u
SLUICE="${1:?usage: sqlite_differential_test.sh <path to sluice>}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON=/usr/bin/python3
if ! "$PYTHON" -c 'import sqlite3' 2>/dev/null; then
  echo "FAIL: $PYTHON with the sqlite3 module is required"
  exit 1
fi
exec "$PYTHON" "$HERE/differential/differential.py" "$SLUICE" "$HERE/differential/queries.sql"
