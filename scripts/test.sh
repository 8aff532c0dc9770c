#!/usr/bin/env bash
# Runs the whole test suite (build, lit tests, program tests, acceptance corpus, benchmark checks) and prints one overall result line.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

logs=$(mktemp -d "${TMPDIR:-/tmp}/adjoint-test.XXXXXX")
trap 'rm -rf "$logs"' EXIT

total_passed=0
total_failed=0
failed_stages=()

# count STAGE RC PASSED FAILED: adds a stage's counts to the totals; a failing
# stage that reported no failed test (it broke before testing) counts as one.
count() {
  local stage=$1 rc=$2 p=$3 f=$4
  if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ]; then
    failed_stages+=("$stage")
    [ "$f" -eq 0 ] && f=1
  fi
  total_passed=$((total_passed + p))
  total_failed=$((total_failed + f))
  echo "== $stage: $p passed, $f failed"
}

echo "== setup"
rc=0
bash scripts/setup.sh || rc=$?
count setup "$rc" 0 0

echo "== lit tests"
rc=0
cmake --build build --target check-lit 2>&1 | tee "$logs/lit.log" || rc=$?
# lit's summary lines look like "  Passed           : 3 (100.00%)".
lit_count() {
  sed -n -E "s/^  ($1) *: *([0-9]+) \\(.*/\\2/p" "$logs/lit.log" | awk '{s += $1} END {print s + 0}'
}
count lit "$rc" \
  "$(lit_count 'Passed|Passed With Retry|Expectedly Failed')" \
  "$(lit_count 'Failed|Unresolved|Timed Out|Unexpectedly Passed')"

echo "== program tests"
rc=0
bash scripts/run-programs.sh 2>&1 | tee "$logs/programs.log" || rc=$?
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$logs/programs.log" | tail -n 1 || true)
read -r p _ f _ <<<"${summary:-0 passed, 0 failed}"
count programs "$rc" "$p" "$f"

echo "== acceptance"
rc=0
bash scripts/run-acceptance.sh 2>&1 | tee "$logs/acceptance.log" || rc=$?
summary=$(sed -n -E 's/^acceptance: ([0-9]+) passed, ([0-9]+) expected failures, ([0-9]+) failed$/\1 \2 \3/p' "$logs/acceptance.log" | tail -n 1)
read -r p x f <<<"${summary:-0 0 0}"
count acceptance "$rc" "$((p + x))" "$f"

echo "== memcheck (valgrind: no leaks, no invalid accesses)"
rc=0
bash scripts/memcheck.sh 2>&1 | tee "$logs/memcheck.log" || rc=$?
summary=$(grep -E '^memcheck: [0-9]+ passed, [0-9]+ failed$' "$logs/memcheck.log" | tail -n 1 || true)
read -r _ p _ f _ <<<"${summary:-memcheck: 0 passed, 0 failed}"
count memcheck "$rc" "$p" "$f"

echo "== stress (llvm-stress functions through opt; no crash allowed)"
rc=0
bash scripts/stress.sh 200 2>&1 | tee "$logs/stress.log" || rc=$?
summary=$(sed -n -E 's/^stress: ([0-9]+) differentiated, ([0-9]+) rejected with an error, ([0-9]+) crashed$/\1 \2 \3/p' "$logs/stress.log" | tail -n 1)
read -r d e c <<<"${summary:-0 0 0}"
count stress "$rc" "$((d + e))" "$c"

echo "== benchmarks"
rc=0
bash benchmarks/run.sh --quick 2>&1 | tee "$logs/benchmarks.log" || rc=$?
# run.sh --quick ends with "benchmarks: P passed, F failed", one test per checked derivative.
summary=$(sed -n -E 's/^benchmarks: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$logs/benchmarks.log" | tail -n 1)
read -r p f <<<"${summary:-0 0}"
count benchmarks "$rc" "$p" "$f"

if [ "${#failed_stages[@]}" -gt 0 ]; then
  echo "failed stages: ${failed_stages[*]}"
fi
echo "$total_passed passed, $total_failed failed"
[ "${#failed_stages[@]}" -eq 0 ]
