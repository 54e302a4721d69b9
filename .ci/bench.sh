#!/usr/bin/env bash
# Benchmark (not a test): sizes, time to first chart, filter-change latency, heap, pipeline time.
# Needs a release build in dist/ (scripts/test.sh or `trunk build --release`) and, for the
# pipeline timing, the mock-data release binary (built by scripts/test.sh). Builds nothing.
# Writes bench/out/latest.md.
source "$(dirname "$0")/lib.sh"
exec node bench/bench.mjs "$@"
