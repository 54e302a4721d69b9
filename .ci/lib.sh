# Shared by .ci/*.sh (sourced, not run). Sets up the environment every command needs:
#   - the repository root as the working directory;
#   - ~/.cargo/bin on PATH (cargo-installed trunk, wasm-bindgen);
#   - CARGO_TARGET_DIR outside the checkout, so fresh clones (CI) reuse compiled dependencies;
#   - `step NAME CMD…`: runs a step, prints its time, and stops loudly with the step's name.
# shellcheck shell=bash

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

export PATH="$HOME/.cargo/bin:$PATH"
CACHE_DIR="${SPECIALLAEGEPRAKSIS_CACHE:-$HOME/.cache/speciallaegepraksis}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$CACHE_DIR/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

TRUNK_VERSION=0.21.14

# The wasm-bindgen version in Cargo.lock: the CLI on PATH must be exactly this (Trunk checks it).
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/^version = "|"$/, ""); print; exit }' Cargo.lock
}

# npm's binaryen (wasm-opt 132) must come before Debian's wasm-opt 108, which breaks the wasm.
use_node_bin() {
  export PATH="$ROOT/node_modules/.bin:$PATH"
}

STEP_TIMES=()

step() {
  local name=$1
  shift
  local t0=$SECONDS rc=0
  echo
  echo "==> [$name] $*"
  "$@" || rc=$?
  local dt=$((SECONDS - t0))
  if [ "$rc" -ne 0 ]; then
    echo
    echo "!!! STEP FAILED: [$name] exit code $rc after ${dt}s"
    echo "!!! command: $*"
    print_step_times
    exit "$rc"
  fi
  STEP_TIMES+=("$(printf '%-28s %5ss' "$name" "$dt")")
  echo "<== [$name] ok in ${dt}s"
}

print_step_times() {
  [ "${#STEP_TIMES[@]}" -eq 0 ] && return 0
  echo
  echo "--- step times ---"
  printf '%s\n' "${STEP_TIMES[@]}"
}

skip() {
  echo "--- skip: $*"
}
