#!/usr/bin/env bash
# Runs the shared acceptance corpus with the plugin and compares the results with test/acceptance-expectations.txt.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus="$repo/../shared/acceptance"
runner="$corpus/run"
expectations="$repo/test/acceptance-expectations.txt"
plugin="${ADJOINT_PLUGIN:-$repo/build/Adjoint.so}"

if [ ! -f "$runner" ]; then
  echo "acceptance: skipped ($corpus/run not found)"
  exit 0
fi
corpus=$(cd "$corpus" && pwd)

# Expected failures: key "name level" or "name all".
declare -A expected=()
if [ -f "$expectations" ]; then
  lineno=0
  while IFS= read -r line || [ -n "$line" ]; do
    lineno=$((lineno + 1))
    line=${line%%#*}
    read -r name level rest <<<"$line" || true
    [ -z "${name:-}" ] && continue
    if [ -z "${level:-}" ] || [ -n "${rest:-}" ]; then
      echo "acceptance: $expectations:$lineno: expected '<test-name> <level|all>'" >&2
      exit 2
    fi
    IFS=, read -r -a lv <<<"$level"
    for l in "${lv[@]}"; do
      l=${l#-}
      l=${l#O}
      case "$l" in
      all | 0 | 1 | 2 | 3 | s | z) expected["$name $l"]=1 ;;
      *)
        echo "acceptance: $expectations:$lineno: bad level '$level'" >&2
        exit 2
        ;;
      esac
    done
  done <"$expectations"
fi

log_dir="$repo/build"
mkdir -p "$log_dir"
log="$log_dir/acceptance.log"

echo "acceptance: running $corpus/run (full output in $log)"
rc=0
bash "$runner" --plugin "$plugin" --jobs 2 "$@" >"$log" 2>&1 || rc=$?

passed=0
xfail=0
failed=0
results=0
status=""
report=0 # print the indented reason lines that follow an unexpected result
while IFS= read -r line || [ -n "$line" ]; do
  if [[ "$line" =~ ^(PASS|FAIL|CRASH|TIMEOUT)\ ([^ ]+)\ -O([0-9sz])$ ]]; then
    status=${BASH_REMATCH[1]}
    name=${BASH_REMATCH[2]}
    level=${BASH_REMATCH[3]}
    results=$((results + 1))
    listed=0
    if [ -n "${expected["$name all"]:-}" ] || [ -n "${expected["$name $level"]:-}" ]; then
      listed=1
    fi
    report=0
    if [ "$status" = PASS ] && [ "$listed" -eq 0 ]; then
      passed=$((passed + 1))
    elif [ "$status" = PASS ]; then
      failed=$((failed + 1))
      echo "XPASS $name -O$level"
      echo "    listed in test/acceptance-expectations.txt but passes: remove it (or narrow it to the failing levels)"
    elif [ "$listed" -eq 1 ]; then
      xfail=$((xfail + 1))
    else
      failed=$((failed + 1))
      echo "$line"
      report=1
    fi
  elif [ "$report" -eq 1 ] && [[ "$line" == "    "* ]]; then
    echo "$line"
  else
    report=0
  fi
done <"$log"

if [ "$results" -eq 0 ]; then
  echo "acceptance: the runner produced no results (exit status $rc):"
  tail -n 20 "$log" | sed 's/^/    /'
  failed=$((failed + 1))
elif [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
  echo "acceptance: the runner exited with status $rc"
  failed=$((failed + 1))
fi

echo "acceptance: $passed passed, $xfail expected failures, $failed failed"
[ "$failed" -eq 0 ]
