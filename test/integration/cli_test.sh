#!/usr/bin/env bash
# Integration test of the sluice CLI: bash cli_test.sh <path to the sluice binary>
# Prints each check; exits non-zero when any fails.
set -u
SLUICE="${1:?usage: cli_test.sh <path to sluice>}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sluice-cli-test-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export SLUICE_HOME="$WORK/default-home"
failures=0

pass() { echo "PASS: $1"; }
fail() {
  echo "FAIL: $1"
  shift
  for detail in "$@"; do echo "  $detail"; done
  failures=$((failures + 1))
}
# check <description> <command...>: the command must succeed.
check() {
  local description="$1"
  shift
  if "$@"; then pass "$description"; else fail "$description"; fi
}
contains() { grep -qF -- "$2" <<<"$1"; }
not_contains() { ! grep -qF -- "$2" <<<"$1"; }
has_line() { grep -qxF -- "$2" <<<"$1"; }

run() {  # run <stdout file> <stderr file> args...: sets $rc
  local out="$1" err="$2"
  shift 2
  "$SLUICE" "$@" >"$out" 2>"$err"
  rc=$?
}

# --- -e with two statements ----------------------------------------------------------------
run "$WORK/out" "$WORK/err" --catalog "$WORK/c1" -e 'SHOW CATALOGS; SHOW DATABASES;'
out="$(cat "$WORK/out")"
check "-e with two statements exits 0" test "$rc" -eq 0
check "-e prints the first result" contains "$out" "| default_catalog |"
check "-e prints the second result" contains "$out" "| default_database |"
check "-e prints tableau footers" test "$(grep -c '^1 row in set$' <<<"$out")" -eq 2
check "-e writes nothing to stderr" test ! -s "$WORK/err"

# --- -f with an error on line 3 -------------------------------------------------------------
cat >"$WORK/bad.sql" <<'SQL'
CREATE TABLE first_table (a INT);
-- the next statement has a bad type
CREATE TABLE bad_table (a INTT, b STRING);
CREATE TABLE after_table (a INT);
SQL
run "$WORK/out" "$WORK/err" --catalog "$WORK/c2" -f "$WORK/bad.sql"
err="$(cat "$WORK/err")"
check "-f with a failing statement exits 1" test "$rc" -eq 1
check "-f error starts with [ERROR]" contains "$err" "[ERROR] "
check "-f error has the script line and column" contains "$err" "line 3, column 27:"
check "-f error shows the offending line" contains "$err" "CREATE TABLE bad_table (a INTT, b STRING);"
check "-f error has a caret under the column" \
  has_line "$err" "$(printf '%*s^' 26 '')"
check "-f results and [INFO] go to stdout" contains "$(cat "$WORK/out")" "[INFO] "
run "$WORK/out" "$WORK/err" --catalog "$WORK/c2" -e 'SHOW TABLES;'
out="$(cat "$WORK/out")"
check "statements before the failure ran" contains "$out" "first_table"
check "statements after the failure did not run" not_contains "$out" "after_table"

run "$WORK/out" "$WORK/err" --catalog "$WORK/c3" --continue-on-error -f "$WORK/bad.sql"
check "--continue-on-error still exits 1" test "$rc" -eq 1
run "$WORK/out" "$WORK/err" --catalog "$WORK/c3" -e 'SHOW TABLES;'
out="$(cat "$WORK/out")"
check "--continue-on-error runs the later statements" contains "$out" "after_table"
check "--continue-on-error ran the earlier statements" contains "$out" "first_table"

# --- output formats -----------------------------------------------------------------------
run "$WORK/out" "$WORK/err" --catalog "$WORK/c1" --format csv -e 'SHOW CATALOGS'
check "--format csv prints a header and a row" \
  test "$(cat "$WORK/out")" = "$(printf 'catalog name\ndefault_catalog')"
run "$WORK/out" "$WORK/err" --catalog "$WORK/c1" --format json -e 'SHOW CATALOGS'
check "--format json prints one object per row" \
  test "$(cat "$WORK/out")" = '{"catalog name":"default_catalog"}'
run "$WORK/out" "$WORK/err" --catalog "$WORK/c1" --format xml -e 'SHOW CATALOGS'
check "an unknown format is an [ERROR] with exit 1" \
  test "$rc" -eq 1 -a "$(head -c 8 "$WORK/err")" = "[ERROR] "

# --- persistence across invocations -------------------------------------------------------
run "$WORK/out" "$WORK/err" --catalog "$WORK/persist" -e "CREATE TABLE kept (a INT, b STRING);"
check "create in a first invocation" test "$rc" -eq 0
run "$WORK/out" "$WORK/err" --catalog "$WORK/persist" -e "SHOW TABLES;"
check "a second invocation sees the table" contains "$(cat "$WORK/out")" " kept |"

# --- two concurrent processes on one catalog ----------------------------------------------
for p in a b; do
  script=""
  for i in $(seq 1 20); do script+="CREATE TABLE t_${p}_${i} (x INT);"$'\n'; done
  printf '%s' "$script" >"$WORK/create_$p.sql"
done
"$SLUICE" --catalog "$WORK/shared" -f "$WORK/create_a.sql" >"$WORK/out_a" 2>"$WORK/err_a" &
pid_a=$!
"$SLUICE" --catalog "$WORK/shared" -f "$WORK/create_b.sql" >"$WORK/out_b" 2>"$WORK/err_b" &
pid_b=$!
wait "$pid_a"
rc_a=$?
wait "$pid_b"
rc_b=$?
check "concurrent process A succeeded" test "$rc_a" -eq 0
check "concurrent process B succeeded" test "$rc_b" -eq 0
[ "$rc_a" -eq 0 ] || fail "process A stderr" "$(cat "$WORK/err_a")"
[ "$rc_b" -eq 0 ] || fail "process B stderr" "$(cat "$WORK/err_b")"
run "$WORK/out" "$WORK/err" --catalog "$WORK/shared" --format csv -e 'SHOW TABLES'
count=$(grep -c '^t_[ab]_[0-9]*$' "$WORK/out")
check "all 40 tables exist afterwards (found $count)" test "$count" -eq 40

# --- bad inputs ---------------------------------------------------------------------------
run "$WORK/out" "$WORK/err" --catalog "$WORK/c1" -f "$WORK/does-not-exist.sql"
check "a missing -f file exits 1" test "$rc" -eq 1
check "a missing -f file is reported" \
  contains "$(cat "$WORK/err")" "[ERROR] Could not read file '$WORK/does-not-exist.sql': "
touch "$WORK/regular-file"
run "$WORK/out" "$WORK/err" --catalog "$WORK/regular-file/catalog" -e 'SHOW CATALOGS'
check "a catalog under a regular file exits 1" test "$rc" -eq 1
check "a catalog under a regular file gives a clean [ERROR]" \
  test "$(head -c 8 "$WORK/err")" = "[ERROR] "
run "$WORK/out" "$WORK/err" --catalog "$WORK/c1" -e "SELECT 'unterminated"
check "an unterminated string is an error, not a crash" test "$rc" -eq 1
run "$WORK/out" "$WORK/err" --catalog "$WORK/c1" -e ";;; -- nothing"
check "an empty script succeeds" test "$rc" -eq 0

# --- the REPL through a pipe --------------------------------------------------------------
out="$(printf 'SHOW CATALOGS;\nSHOW\n  DATABASES;\nQUIT;\nSHOW TABLES;\n' |
  "$SLUICE" --catalog "$WORK/c1" 2>"$WORK/err")"
rc=$?
check "piped REPL exits 0" test "$rc" -eq 0
check "piped REPL runs a statement" contains "$out" "| default_catalog |"
check "piped REPL runs a multi-line statement" contains "$out" "| default_database |"
check "piped REPL stops at QUIT" not_contains "$out" "table name"
check "piped REPL prints no prompt" not_contains "$out" "sluice>"

out="$(printf 'SHOW CATALOGS' | "$SLUICE" --catalog "$WORK/c1" 2>&1)"
check "piped REPL runs a last statement without ';'" contains "$out" "default_catalog"

# --- the SQL logic test runner next to the CLI: failures, --rewrite ---------------------------
RUNNER="$(dirname "$SLUICE")/slt_runner"
if [ -x "$RUNNER" ]; then
  cat >"$WORK/wrong.slt" <<'SLT'
statement ok
CREATE TABLE zeta (a INT)

statement ok
CREATE TABLE alpha (a INT)

query T
SHOW TABLES
----
wrong

statement error no such text in the message
CREATE TABLE alpha (a INT)

bogus directive
SLT
  cp "$WORK/wrong.slt" "$WORK/rewrite.slt"
  before="$(ls "${TMPDIR:-/tmp}" | grep -c '^sluice-slt-')"
  out="$("$RUNNER" "$WORK/wrong.slt")"
  rc=$?
  after="$(ls "${TMPDIR:-/tmp}" | grep -c '^sluice-slt-')"
  check "runner exits 1 on mismatches" test "$rc" -eq 1
  check "runner reports the query's file and line" contains "$out" "$WORK/wrong.slt:7: wrong result"
  check "runner prints the actual block" has_line "$out" "alpha"
  check "runner reports a wrong error" contains "$out" "$WORK/wrong.slt:12: expected an error containing"
  check "runner reports an invalid record" contains "$out" "$WORK/wrong.slt:15: invalid record"
  check "runner prints the summary" has_line "$out" "$WORK/wrong.slt: 2 passed, 3 failed"
  check "runner removes its temporary catalog" test "$after" -le "$before"
  "$RUNNER" --rewrite "$WORK/rewrite.slt" >/dev/null
  check "--rewrite puts the actual rows in the file" \
    test "$(sed -n 9,12p "$WORK/rewrite.slt")" = "$(printf -- '----\nalpha\nzeta\n')"
  out="$("$RUNNER" "$WORK/rewrite.slt")"
  check "after --rewrite the query passes" has_line "$out" "$WORK/rewrite.slt: 3 passed, 2 failed"
else
  echo "SKIP: no slt_runner next to $SLUICE"
fi

echo
if [ "$failures" -eq 0 ]; then
  echo "cli_test: all checks passed"
else
  echo "cli_test: $failures check(s) failed"
fi
[ "$failures" -eq 0 ]
