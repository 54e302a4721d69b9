#!/usr/bin/env bash
# Install whatever is missing for npm start and npm test on a Debian machine that has
# rustup, cargo, node and npm. Idempotent: every install is skipped (and says so) when the right
# version is already there. See ../shared/toolchain/TOOLCHAIN.md for why each pin exists.
#
#   rustup target wasm32-unknown-unknown
#   chromium + chromium-driver (apt)                  headless browser tests
#   trunk 0.21.14 (cargo install, no LTO)             build and serve
#   wasm-bindgen-cli = the version in Cargo.lock      Trunk and wasm-bindgen-test-runner
#   npm ci                                            echarts, binaryen (wasm-opt 132), playwright-core, axe
#   cargo fetch --locked                              Trunk.toml offline=true makes cargo run offline
source "$(dirname "$0")/lib.sh"

t_setup=$SECONDS

# 1. wasm32 target
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  skip "rustup target wasm32-unknown-unknown (installed)"
else
  step rustup-target rustup target add wasm32-unknown-unknown
fi

# 2. Chromium and its WebDriver (Debian packages)
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  skip "chromium + chromium-driver ($(dpkg-query -W -f '${Version}' chromium 2>/dev/null || echo present))"
else
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  step apt-chromium bash -c "$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null"
fi

# Tools are built in their own target dir, not the project's (different profile settings).
TOOLS_TARGET="$CACHE_DIR/tools-target"

# 3. Trunk (LTO off and 16 codegen units: 9 min instead of 22 on 2 cores; no update check, no TLS)
if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  skip "trunk $TRUNK_VERSION (installed)"
else
  step install-trunk env CARGO_TARGET_DIR="$TOOLS_TARGET" \
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install "trunk@$TRUNK_VERSION" --locked --no-default-features
fi

# 4. wasm-bindgen-cli at exactly the Cargo.lock version. No --locked: its lockfile pins a
#    webpki-roots release the registry does not have (TOOLCHAIN.md pitfall 2).
WB_VERSION=$(wasm_bindgen_lock_version)
if [ -z "$WB_VERSION" ]; then
  echo "!!! could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WB_VERSION" &&
  wasm-bindgen-test-runner --version 2>/dev/null | grep -q " $WB_VERSION$"; then
  skip "wasm-bindgen-cli $WB_VERSION (installed)"
else
  step install-wasm-bindgen-cli env CARGO_TARGET_DIR="$TOOLS_TARGET" \
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# 5. npm packages, when node_modules does not hold exactly what package-lock.json lists
npm_in_sync() {
  node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
    for (const [dir, p] of Object.entries(lock.packages || {})) {
      if (!dir) continue;
      let v;
      try { v = JSON.parse(fs.readFileSync(dir + "/package.json", "utf8")).version; } catch { v = null; }
      if (v !== p.version && !(p.optional && v === null)) process.exit(1);
    }' 2>/dev/null
}
if [ -d node_modules ] && npm_in_sync && [ -x node_modules/.bin/wasm-opt ]; then
  skip "npm ci (node_modules matches package-lock.json)"
else
  step npm-ci npm ci --no-audit --no-fund
fi

# 6. Crate sources, so the offline cargo runs Trunk starts find everything
step cargo-fetch cargo fetch --locked

echo
echo "setup done in $((SECONDS - t_setup))s (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
