#!/usr/bin/env bash
# README command 2 (`npm test`): install whatever is missing, then run every test:
#   native unit/property tests, the mock-data pipeline tests (release), the components' browser
#   tests (wasm-bindgen-test in headless Chromium), the release build (and the designers' build
#   with the component gallery, in dist-gallery/), and the end-to-end tests (tests/e2e,
#   screenshots in tests/e2e/out/).
source "$(dirname "$0")/lib.sh"
t_all=$SECONDS

step setup bash .ci/setup.sh
use_node_bin

step cargo-test-native cargo test --workspace --locked
step cargo-test-mock-data-release cargo test -p mock-data --release --locked
step wasm-bindgen-test cargo test -p components --target wasm32-unknown-unknown --locked
step wasm-bindgen-test-app cargo test -p speciallaegepraksis --target wasm32-unknown-unknown --locked --test panic_web --test data_web
# The target directory is shared between checkouts (a fresh clone reuses the compiled
# dependencies). Cargo's freshness check is per checkout path, but the linked wasm is one file for
# all of them: another checkout's build can leave its wasm there while this checkout's build is
# "fresh". Touching the app crate makes cargo link this checkout's code (≈ 30 s).
touch src/lib.rs
step trunk-build-release trunk build --release --locked --skip-version-check --offline
# The designers' build with the component gallery (`?view=gallery`), for tests/e2e/gallery.test.mjs.
# Touched again: both builds link the same wasm file name.
touch src/lib.rs
step trunk-build-gallery trunk build --release --locked --skip-version-check --offline --features gallery --dist dist-gallery
step e2e node --test --test-concurrency=1 tests/e2e/

print_step_times
echo
echo "ALL TESTS PASSED in $((SECONDS - t_all))s"
