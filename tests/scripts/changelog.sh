#!/usr/bin/env bash
# CHANGELOG.md's catalog sections are `diff`'s words (scripts/changelog-catalog.sh):
# the newest release whose section has "### Catalog" says exactly what the
# script prints for the shipped catalog against the release before it (the
# first release: against no catalog, a later one: the previous tag's). When
# it doesn't, the shipped catalog changed since that release, and
# [Unreleased] must have a "### Catalog" section for the change (a catalog
# change, even one that keeps as_of, never goes unrecorded).
# Prints `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/../.."
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

# The body of "### Catalog" under the section whose heading starts with $1.
catalog_section() {
  awk -v head="$1" '
    index($0, head) == 1 { inside = 1; next }
    inside && /^## / { exit }
    inside && $0 == "### Catalog" { catalog = 1; next }
    catalog && /^### / { exit }
    catalog { print }
  ' CHANGELOG.md | sed -e '/./,$!d' | sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}'
}
releases=$(grep -oE '^## \[[0-9][^]]*\] - [0-9-]+' CHANGELOG.md)
newest=""
while read -r line; do
  [ -n "$line" ] || continue
  head="${line%% - *}"
  if [ -n "$(catalog_section "$head")" ]; then newest="$line"; break; fi
done <<< "$releases"
if [ -z "$newest" ]; then
  fail "a release with a Catalog section"
else
  head="${newest%% - *}" day="${newest##* - }"
  written="$(catalog_section "$head")"
  # Against the release before it (its tag's catalog), or none for the first.
  previous="$(grep -oE '^## \[[0-9][^]]*\]' CHANGELOG.md | grep -A1 -xF "$head" | sed -n 2p | tr -d '#[] ')"
  old=none
  if [ -n "$previous" ]; then
    old="$(mktemp)"
    trap 'rm -f "$old"' EXIT
    git show "v$previous:static/catalog.json" > "$old" 2>/dev/null || { fail "no tag v$previous to compare $head's Catalog with (fetch the tags)"; old=""; }
  fi
  if [ -n "$old" ]; then
    expected="$(scripts/changelog-catalog.sh "$old" static/catalog.json "$day")"
    if [ "$written" = "$expected" ]; then
      ok "$head's Catalog is diff's words for the shipped catalog (from ${previous:-no catalog})"
    elif [ -n "$(catalog_section '## [Unreleased]')" ]; then
      ok "the shipped catalog changed since $head: [Unreleased] has its Catalog section"
    else
      fail "the shipped catalog is not what $head's Catalog says: record the change under [Unreleased] (scripts/changelog-catalog.sh OLD static/catalog.json DAY, OLD: $head's catalog):"
      diff <(echo "$expected") <(echo "$written") | head -20 || true
    fi
  fi
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
