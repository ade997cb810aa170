#!/usr/bin/env bash
# Runs CTest in each build folder given and prints one summary line for all of them:
#   N passed, M failed
set -uo pipefail
total_passed=0
total_failed=0
for build_dir in "$@"; do
  echo "== Tests in $build_dir =="
  log=$(mktemp)
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" --timeout 600 2>&1 | tee "$log"
  summary=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -n 1)
  rm -f "$log"
  if [ -z "$summary" ]; then
    echo "no CTest summary in $build_dir"
    total_failed=$((total_failed + 1))
    continue
  fi
  failed=$(echo "$summary" | sed -E 's/.*tests passed, ([0-9]+) tests failed out of ([0-9]+).*/\1/')
  count=$(echo "$summary" | sed -E 's/.*tests failed out of ([0-9]+).*/\1/')
  total_passed=$((total_passed + count - failed))
  total_failed=$((total_failed + failed))
done
echo "${total_passed} passed, ${total_failed} failed"
[ "$total_failed" -eq 0 ]
