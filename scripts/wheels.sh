#!/usr/bin/env bash
# Builds the docs integrations' wheels (python/: sphinx-dlvm-timeline,
# mkdocs-dlvm-timeline) into OUT (default target/wheels), from the built
# bundle in dist/ (make build) and the core's facts (`dlvm-timeline
# docs-data`). Each package is staged in target/wheels-src/ with the bundle
# (bundle/), data.json, the shared python/dlvm_embed.py as _embed.py and the
# crate's version; the build runs offline with the pinned flit-core in .venv
# (scripts/setup.sh) and SOURCE_DATE_EPOCH from the last commit, so the same
# commit gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/wheels}"
[ -f dist/embed.js ] || { echo "wheels: no dist/embed.js: run make build first" >&2; exit 1; }

data="$(cargo run --quiet --bin dlvm-timeline -- docs-data)"
version="$(printf '%s' "$data" | python3 -c 'import json, sys; print(json.load(sys.stdin)["version"])')"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}"

mkdir -p "$out" target/wheels-src
node scripts/licenses.mjs target/wheels-src/THIRD-PARTY-LICENSES
rm -f "$out"/sphinx_dlvm_timeline-*.whl "$out"/mkdocs_dlvm_timeline-*.whl
for dist_name in sphinx-dlvm-timeline mkdocs-dlvm-timeline; do
  module="${dist_name//-/_}"
  stage="target/wheels-src/$dist_name"
  rm -rf "$stage"
  mkdir -p "$(dirname "$stage")"
  cp -r "python/$dist_name" "$stage"
  rm -rf "$stage/$module/__pycache__"
  cp python/dlvm_embed.py "$stage/$module/_embed.py"
  cp -r dist "$stage/$module/bundle"
  cp target/wheels-src/THIRD-PARTY-LICENSES "$stage/$module/"
  printf '%s\n' "$data" > "$stage/$module/data.json"
  sed -i "s/^version = \"0.0.0\"$/version = \"$version\"/" "$stage/pyproject.toml"
  grep -q "^version = \"$version\"$" "$stage/pyproject.toml"
  # Same mtimes on every run: flit reads SOURCE_DATE_EPOCH, but not every
  # zip entry's date comes from it.
  find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  .venv/bin/python -m pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation \
    --no-index -w "$out" "$stage"
done
ls "$out"/*.whl
