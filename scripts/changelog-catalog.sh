#!/usr/bin/env bash
# A release's CHANGELOG "### Catalog" section, in `diff`'s words:
#   scripts/changelog-catalog.sh OLD NEW DAY
# OLD is the previous release's catalog (`git show vX.Y.Z:static/catalog.json
# > old.json`), or `none` for the first release; NEW the catalog this release
# ships; DAY the release's date (the statuses that change on it). Prints the
# section's body: the catalog's date and the file's hash, then what `dlvm-timeline diff` says
# (its headings one level down, under "### Catalog"). tests/scripts/changelog.sh
# checks CHANGELOG.md against it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 3 ] || { echo "usage: scripts/changelog-catalog.sh OLD|none NEW YYYY-MM-DD" >&2; exit 2; }
old="$1" new="$2" day="$3"
as_of="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["as_of"])' "$new")"
if [ "$old" = none ]; then
  old="$(mktemp)"
  trap 'rm -f "$old"' EXIT
  printf '{"as_of": "%s", "sources": [], "dependencies": [], "records": []}\n' "$as_of" > "$old"
fi
# The file's own hash too: any later change to it, even one that keeps as_of,
# no longer matches this section (tests/scripts/changelog.sh).
sha="$(sha256sum "$new" | cut -c1-16)"
echo "As of $as_of (Google's pages; sources in \`static/catalog.json\`, sha256 \`$sha…\`)."
echo
cargo run --quiet --bin dlvm-timeline -- diff "$old" "$new" --at "$day" | sed '1,2d; s/^### /#### /'
