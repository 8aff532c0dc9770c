#!/usr/bin/env bash
# Builds and runs the benchmark suite, prints the table and writes docs/benchmarks.md and docs/benchmarks.png (--quick: small sizes, gradient checks only).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$repo/benchmarks"
out="$repo/build/benchmarks"
data="${ADBENCH_DATA:-$repo/../shared/bench-data/adbench}"
plugin="${ADJOINT_PLUGIN:-$repo/build/Adjoint.so}"
quick=0
problems=(tanh sinexp normalize gmm ba lstm hand)

usage() {
  echo "usage: benchmarks/run.sh [--quick] [PROBLEM...]   (problems: ${problems[*]})"
}

selected=()
while [ "$#" -gt 0 ]; do
  case "$1" in
  --quick) quick=1 ;;
  -h | --help) usage; exit 0 ;;
  -*) usage >&2; exit 2 ;;
  *) selected+=("$1") ;;
  esac
  shift
done
[ "${#selected[@]}" -gt 0 ] && problems=("${selected[@]}")

# need_packages PKG...: installs the Debian packages that are missing.
need_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "run.sh: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

setup() {
  local pkgs=(libadolc-dev)
  [ "$quick" -eq 0 ] && pkgs+=(python3-matplotlib)
  need_packages "${pkgs[@]}"
  [ -f "$plugin" ] || bash "$repo/scripts/setup.sh"
  [ -d "$data" ] || { echo "run.sh: ADBench data not found at $data (set ADBENCH_DATA)" >&2; exit 2; }
  mkdir -p "$out"
}

# Compile jobs run in the background, at most $(nproc) at a time.
jobs_max=$(nproc)
pids=()
spawn() {
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n || true; done
  "$@" &
  pids+=($!)
}
wait_all() {
  local rc=0 pid
  for pid in "${pids[@]}"; do wait "$pid" || rc=1; done
  pids=()
  return "$rc"
}

# compile LOG CMD...: runs a compiler command, keeping its messages in LOG.
compile() {
  local log=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    echo "run.sh: compile failed: $*" >&2
    cat "$log" >&2
    return 1
  fi
}

# compile_ad P VARIANT FLAGS...: compiles P/ad.c with the plugin; on failure keeps the log,
# marks the variant failed and builds the object without the plugin so that the program links.
compile_ad() {
  local p=$1 v=$2 o="$out/$1"
  shift 2
  local src="$bench/$p/ad.c" obj="$o/ad_$v.o" log="$o/ad_$v.log"
  rm -f "$o/ad_$v.failed"
  if ! "$@" -DVARIANT="$v" -c "$src" -o "$obj" >"$log" 2>&1; then
    touch "$o/ad_$v.failed"
    echo "run.sh: $p: the plugin failed to compile the kernel ($v optimization); see $log" >&2
    clang-19 -O2 -I"$bench/common" -I"$repo/runtime" -I"$bench/$p" -DVARIANT="$v" -c "$src" -o "$obj"
  fi
}

# build_problem P: compiles the objects of problem P.
build_problem() {
  local p=$1 d="$bench/$1" o="$out/$1"
  mkdir -p "$o"
  local cflags=(-O2 -I"$bench/common" -I"$repo/runtime" -I"$d")
  [ "$p" = normalize ] && cflags+=(-fno-math-errno)
  spawn compile "$o/primal.log" clang-19 "${cflags[@]}" -c "$d/primal.c" -o "$o/primal.o"
  spawn compile "$o/main.log" clang-19 "${cflags[@]}" -c "$d/main.c" -o "$o/main.o"
  spawn compile "$o/adolc.log" clang++-19 -std=c++17 "${cflags[@]}" -c "$d/adolc.cpp" -o "$o/adolc.o"
  spawn compile_ad "$p" after clang-19 "${cflags[@]}" -fpass-plugin="$plugin"
  spawn compile_ad "$p" before clang-19 "${cflags[@]}" -fplugin="$plugin" -fpass-plugin="$plugin" \
    -mllvm -adjoint-before-optimization
}

build_common() {
  local c
  for c in harness memcount enzyme_stub; do
    spawn compile "$out/$c.log" clang-19 -O2 -I"$bench/common" -c "$bench/common/$c.c" -o "$out/$c.o"
  done
}

link_problem() {
  local p=$1 o="$out/$1"
  clang++-19 -O2 "$o"/main.o "$o"/primal.o "$o"/adolc.o "$o"/ad_after.o "$o"/ad_before.o \
    "$out"/harness.o "$out"/memcount.o "$out"/enzyme_stub.o -ladolc -lm -o "$o/bench"
}

build_all() {
  build_common
  local p
  for p in "${problems[@]}"; do build_problem "$p"; done
  wait_all
  for p in "${problems[@]}"; do link_problem "$p"; done
}

# args P: the data files of problem P (default sizes; --quick truncates them inside the program).
args() {
  case "$1" in
  gmm)
    echo "$data/gmm/1k/gmm_d2_K5.txt $data/gmm/1k/gmm_d10_K25.txt"
    [ "$quick" -eq 0 ] && echo "$data/gmm/10k/gmm_d2_K5.txt $data/gmm/10k/gmm_d10_K25.txt"
    ;;
  ba)
    echo "$data/ba/ba1_n49_m7776_p31843.txt"
    [ "$quick" -eq 0 ] && echo "$data/ba/ba2_n21_m11315_p36455.txt $data/ba/ba3_n161_m48126_p182072.txt"
    ;;
  lstm) echo "$data/lstm/lstm_l2_c1024.txt $data/lstm/lstm_l4_c1024.txt" ;;
  hand) echo "$data/hand/simple_small/model $data/hand/simple_small/hand1_t26_c100.txt" ;;
  esac
  return 0
}

# skip_list P: contenders of P whose kernel did not compile.
skip_list() {
  local s=()
  [ -f "$out/$1/ad_after.failed" ] && s+=(adjoint)
  [ -f "$out/$1/ad_before.failed" ] && s+=(adjoint-before)
  local IFS=,
  echo "${s[*]}"
}

# run_problem P: runs P's program from its build folder (ADOL-C may write tape files there).
run_problem() {
  local p=$1 flag=() rc=0
  [ "$quick" -eq 1 ] && flag=(--quick)
  # shellcheck disable=SC2046
  (cd "$out/$p" && BENCH_SKIP=$(skip_list "$p") ./bench "${flag[@]}" $(args "$p")) >"$out/$p/results.tsv" || rc=$?
  echo "$rc" >"$out/$p/status"
  rm -f "$out/$p"/ADOLC-*.tap # files of a first ADOL-C recording that outgrew the default buffers
  [ "$rc" -ne 0 ] && echo "run.sh: $p exited with status $rc" >&2
  cat "$out/$p/results.tsv" >>"$out/results.tsv"
  return 0
}

# quick_summary: one test per checked gradient; a kernel that did not compile counts as a failure.
quick_summary() {
  local passed failed builds
  passed=$(grep -c $'^CHECK\tpass' "$out/results.tsv" || true)
  failed=$(grep -c $'^CHECK\tFAIL' "$out/results.tsv" || true)
  builds=$(find "$out" -name 'ad_*.failed' | wc -l)
  grep $'^CHECK\tFAIL' "$out/results.tsv" || true
  local p crashed=0
  for p in "${problems[@]}"; do # status 1 means failed checks, counted above; others are crashes
    case "$(cat "$out/$p/status")" in 0 | 1) ;; *) crashed=$((crashed + 1)) ;; esac
  done
  failed=$((failed + builds + crashed))
  echo "benchmarks: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

write_report() {
  local info
  info="Measured on $(date -u '+%Y-%m-%d') on $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), plugin built $plugin_stamp on commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown), full run $1 s (build included)."
  /usr/bin/python3 "$bench/report.py" "$out/results.tsv" --build "$out" --md "$repo/docs/benchmarks.md" \
    --png "$repo/docs/benchmarks.png" --template "$bench/benchmarks.md.in" --info "$info"
}

setup
plugin_stamp=$(date -u -r "$plugin" '+%Y-%m-%d %H:%M UTC') # the plugin may be rebuilt while this runs
start=$(date +%s)
build_all
echo "run.sh: built ${problems[*]} in $(($(date +%s) - start)) s"
: >"$out/results.tsv"
for p in "${problems[@]}"; do
  echo "run.sh: running $p" >&2
  run_problem "$p"
done
if [ "$quick" -eq 1 ]; then
  quick_summary
else
  write_report "$(($(date +%s) - start))"
fi
