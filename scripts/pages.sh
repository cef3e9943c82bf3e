#!/usr/bin/env bash
# Trunk post-build hook: the pages made at build time (src/pages.rs) —
# a page per version and language, their list, the standalone page's first
# paint, and with DLVM_BASE_URL set the canonical links and sitemap.xml.
set -euo pipefail
out="${TRUNK_STAGING_DIR:-${1:?usage: scripts/pages.sh DIR (or run by trunk)}}"
# The page generator, native, over the same core (not the wasm target).
cargo run --quiet --bin dlvm-pages -- --out "$out"
