#!/usr/bin/env bash
# README command 1 (`npm start`): install whatever is missing, then build and serve the app with live reload at
# http://127.0.0.1:8080/ (Trunk.toml). Extra arguments go to `trunk serve` (e.g. --port 9000).
source "$(dirname "$0")/lib.sh"
bash .ci/setup.sh
use_node_bin
echo
echo "==> trunk serve (Ctrl-C to stop)"
exec trunk serve --skip-version-check --offline "$@"
