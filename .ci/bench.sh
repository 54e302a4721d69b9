#!/usr/bin/env bash
# Benchmark (not a test): sizes, time to first chart, filter-change latency, heap, pipeline time.
# Needs a release build in dist/ (npm test or `trunk build --release`) and, for the
# pipeline timing, the mock-data release binary (built by npm test). Builds nothing.
# Writes tests/bench/out/latest.md.
source "$(dirname "$0")/lib.sh"
exec node tests/bench/bench.mjs "$@"
