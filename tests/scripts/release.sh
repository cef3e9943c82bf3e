#!/usr/bin/env bash
# `make release` is reproducible and complete: two runs on the same commit,
# the second from a bundle built again, give byte-identical artifacts,
# SHA256SUMS matches them, and every artifact carries THIRD-PARTY-LICENSES;
# then what they say (release_contents.py). Each prints `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/../.."
a=target/release-check/a
b=target/release-check/b
rm -rf target/release-check
scripts/release.sh "$a" > /dev/null
# The second run from a bundle built again: trunk, wasm-bindgen, wasm-opt,
# the glue's post-processing, the fingerprints and the pages all run once
# more (Cargo's compiled crates are reused: rustc's own output is not rebuilt).
rm -rf dist
trunk build --release --offline > /dev/null 2>&1 || { echo "FAIL the bundle builds again"; exit 1; }
scripts/release.sh "$b" > /dev/null
passed=0
failed=0
check() { # NAME COMMAND…
  local name="$1"; shift
  if "$@" > /dev/null 2>&1; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}
has_licenses() { # ARTIFACT
  case "$1" in
    *.whl) python3 -c 'import sys, zipfile; names = zipfile.ZipFile(sys.argv[1]).namelist(); sys.exit(not any(n.endswith("/THIRD-PARTY-LICENSES") for n in names))' "$1" ;;
    *) grep -q '/THIRD-PARTY-LICENSES$' <(tar tzf "$1") ;;
  esac
}
artifacts=$(cd "$a" && ls)
check "the release has web, command-line, npm and both wheels" \
  bash -c "cd $a && ls *-web.tar.gz *-x86_64-unknown-linux-gnu.tar.gz dlvm-timeline-*.tgz sphinx_*.whl mkdocs_*.whl RELEASE.md SHA256SUMS"
for file in $artifacts; do
  check "$file: the same bytes on a second run" cmp "$a/$file" "$b/$file"
done
check "SHA256SUMS matches every artifact" bash -c "cd $a && sha256sum --check --quiet SHA256SUMS"
for file in $(cd "$a" && ls *.tar.gz *.tgz *.whl); do
  check "$file: carries THIRD-PARTY-LICENSES" has_licenses "$a/$file"
done
echo "$passed passed, $failed failed"
# What the artifacts say: one version, RELEASE.md's hashes, the wheels'
# bundle, the npm package's exports.
python3 tests/scripts/release_contents.py "$a" || failed=$((failed + 1))
[ "$failed" -eq 0 ]
