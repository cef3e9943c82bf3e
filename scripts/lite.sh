#!/usr/bin/env bash
# Trunk post-build hook (first step): the badge-and-card entry, dlvm-lite
# (src/bin/lite.rs), next to the widget's files in the staging folder:
# dlvm-lite.js and dlvm-lite_bg.wasm. The same profile, wasm-bindgen and
# wasm-opt settings as the widget (read from index.html's rust link, so
# they are written once); built without the widget (no Yew).
set -euo pipefail
out="${TRUNK_STAGING_DIR:-${1:?usage: scripts/lite.sh DIR (or run by trunk)}}"
cd "$(dirname "$0")/.."
params=$(sed -n 's/.*data-bin="dlvm-timeline"[^>]*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
level=$(sed -n 's/.*data-bin="dlvm-timeline"[^>]*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)
[ -n "$params" ] && [ -n "$level" ] || { echo "lite.sh: no wasm-opt settings on index.html's rust link" >&2; exit 1; }
cargo build --quiet --release --target wasm32-unknown-unknown --no-default-features --features lite --bin dlvm-lite
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name dlvm-lite \
  target/wasm32-unknown-unknown/release/dlvm-lite.wasm
# Trunk passes wasm-opt the features the wasm uses; these are rustc's
# defaults for wasm32-unknown-unknown.
# shellcheck disable=SC2086
wasm-opt "-O$level" $params --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/dlvm-lite_bg.wasm" -o "$out/dlvm-lite_bg.wasm"
