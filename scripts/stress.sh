#!/usr/bin/env bash
# Feeds llvm-stress functions, each wrapped in an __enzyme_autodiff request, through opt with the plugin and counts crashes.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=${1:-1000}
first=${2:-1}
plugin=${ADJOINT_PLUGIN:-$repo/build/Adjoint.so}
work=$(mktemp -d "${TMPDIR:-/tmp}/adjoint-stress.XXXXXX")
trap 'rm -rf "$work"' EXIT

crashes=0 errors=0 ok=0
for ((seed = first; seed < first + count; ++seed)); do
  # Every other function also uses scalable vectors.
  scalable=()
  [ $((seed % 2)) -eq 1 ] && scalable=(--enable-scalable-vectors)
  llvm-stress-19 -seed="$seed" -size=60 "${scalable[@]}" -o - |
    python3 "$repo/test/stress/wrap-request.py" >"$work/in.ll"
  set +e
  timeout 60 opt-19 -load-pass-plugin="$plugin" -passes=adjoint \
    -disable-output "$work/in.ll" >"$work/out.txt" 2>&1
  rc=$?
  set -e
  if [ "$rc" -eq 0 ]; then
    ok=$((ok + 1))
  elif [ "$rc" -eq 1 ] && grep -q 'error:' "$work/out.txt" &&
    ! grep -Eq 'PLEASE submit|Stack dump|Broken module|LLVM ERROR|Assertion' "$work/out.txt"; then
    errors=$((errors + 1))
  else
    crashes=$((crashes + 1))
    cp "$work/in.ll" "$work/../adjoint-stress-crash-$seed.ll"
    echo "crash: seed $seed (exit $rc), input kept in ${TMPDIR:-/tmp}/adjoint-stress-crash-$seed.ll"
    grep -Em3 'error|Assertion|LLVM ERROR|Broken' "$work/out.txt" || true
  fi
done
echo "stress: $ok differentiated, $errors rejected with an error, $crashes crashed"
[ "$crashes" -eq 0 ]
