#!/usr/bin/env bash
# Runs differentiated programs under valgrind: every tape and shadow must be freed and no access may be invalid.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
plugin=${ADJOINT_PLUGIN:-$repo/build/Adjoint.so}
acceptance="$repo/../shared/acceptance"
work=$(mktemp -d "${TMPDIR:-/tmp}/adjoint-memcheck.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! command -v valgrind >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind
  fi
fi

programs=("$repo"/test/programs/*.c)
if [ -d "$acceptance" ]; then
  for f in "$acceptance"/memory_*.c "$acceptance"/loop_*.c "$acceptance"/calls_*.c \
    "$acceptance"/custom_*.c "$acceptance"/cpp_*.cpp; do
    [ -f "$f" ] && programs+=("$f")
  done
fi

passed=0 failed=0 skipped=0
for f in "${programs[@]}"; do
  for level in 0 2; do
    name="$(basename "$f") -O$level"
    compiler=clang-19
    case "$f" in *.cpp) compiler=clang++-19 ;; esac
    if ! "$compiler" -O"$level" -g -fpass-plugin="$plugin" -I"$repo/runtime" \
      -I"$repo/test/programs" -I"$acceptance" "$f" -lm -o "$work/program" \
      2>"$work/compile.err"; then
      skipped=$((skipped + 1)) # not differentiable yet: the acceptance list says why
      continue
    fi
    if valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
      --error-exitcode=99 "$work/program" >/dev/null 2>"$work/valgrind.err"; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      echo "FAIL $name"
      head -n 20 "$work/valgrind.err"
    fi
  done
done
echo "memcheck: $skipped programs skipped (they do not compile yet)"
echo "memcheck: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
