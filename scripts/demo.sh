#!/usr/bin/env bash
# Builds the plugin, then compiles and runs examples/quickstart.c with it.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

bash scripts/setup.sh
echo "demo: compiling examples/quickstart.c with the plugin"
clang-19 -O2 -fpass-plugin="$repo/build/Adjoint.so" examples/quickstart.c -lm -o build/quickstart
echo "demo: running build/quickstart"
./build/quickstart
