#!/usr/bin/env bash
# Compiles every test/programs/*.c and *.cpp with the plugin at -O0..-O3, runs it, and reports PASS/FAIL.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
plugin="${ADJOINT_PLUGIN:-$repo/build/Adjoint.so}"
levels="0 1 2 3"
files=()

while [ "$#" -gt 0 ]; do
  case "$1" in
  --plugin) plugin=$2; shift 2 ;;
  --plugin=*) plugin=${1#*=}; shift ;;
  --levels) levels=$2; shift 2 ;;
  --levels=*) levels=${1#*=}; shift ;;
  -h | --help)
    echo "usage: run-programs.sh [--plugin PATH] [--levels \"0 1 2 3\"] [FILE...]"
    exit 0
    ;;
  *) files+=("$1"); shift ;;
  esac
done

if [ ! -f "$plugin" ]; then
  echo "run-programs: plugin not found: $plugin" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

if [ "${#files[@]}" -eq 0 ]; then
  shopt -s nullglob
  files=("$repo"/test/programs/*.c "$repo"/test/programs/*.cpp)
  shopt -u nullglob
fi
if [ "${#files[@]}" -eq 0 ]; then
  echo "run-programs: no programs found in test/programs" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/adjoint-programs.XXXXXX")
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
for file in "${files[@]}"; do
  base=$(basename "$file")
  name=${base%.*}
  case "$file" in
  *.cpp) compiler=clang++-19 ;;
  *) compiler=clang-19 ;;
  esac
  for L in $levels; do
    exe="$work/$name-O$L"
    status=PASS
    reason=""
    if ! timeout -k 10 180 "$compiler" "-fpass-plugin=$plugin" "-O$L" \
      "-I$repo/test/programs" "-I$repo/runtime" "$file" -lm -o "$exe" \
      >"$exe.compile.log" 2>&1; then
      status=FAIL
      reason=$(grep -E 'error:|undefined reference|Assertion|LLVM ERROR|Stack dump|PLEASE submit' "$exe.compile.log" | head -n 5 || true)
      [ -z "$reason" ] && reason=$(head -n 5 "$exe.compile.log")
      reason="compile failed"$'\n'"$reason"
    else
      rc=0
      (cd "$work" && exec timeout -k 5 20 "$exe") >"$exe.run.log" 2>&1 </dev/null || rc=$?
      if [ "$rc" -ne 0 ]; then
        status=FAIL
        reason="exit status $rc"$'\n'$(tail -n 5 "$exe.run.log")
      fi
    fi
    echo "$status $name -O$L"
    if [ "$status" = PASS ]; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      printf '%s\n' "$reason" | cut -c1-300 | sed '/^$/d; s/^/    /'
    fi
  done
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
