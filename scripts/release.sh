#!/usr/bin/env bash
# `make release`: every artifact of one version into OUT (default
# target/release), from the built bundle (dist/):
#   dlvm-timeline-VERSION-web.tar.gz     the web bundle (dist/), under dlvm-timeline-VERSION/
#   *.whl                                the Sphinx extension and the MkDocs plugin (scripts/wheels.sh)
#   SHA256SUMS                           of everything above
#   RELEASE.md                           version, catalog date, the entry files' SRI hashes, the snippet
# Reproducible: tar entries sorted, owned by 0:0, dated from the last commit
# (SOURCE_DATE_EPOCH), gzip without a name or time; the wheels likewise.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/release}"
[ -f dist/embed.js ] || { echo "release: no dist/embed.js: run make build first" >&2; exit 1; }
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}"

facts="$(cargo run --quiet --bin dlvm-timeline -- docs-data)"
field() { printf '%s' "$facts" | python3 -c "import json, sys; print(json.load(sys.stdin)['$1'])"; }
version="$(field version)"
as_of="$(field catalog_as_of)"
name="dlvm-timeline-$version"

rm -rf "$out"
mkdir -p "$out"
# A tarball whose bytes depend only on the files' contents and names.
tarball() { # OUTPUT PREFIX DIR
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    --mode='u+rwX,go+rX,go-w' --transform="s,^\.,$2," -C "$3" -cf - . | gzip -9n > "$1"
}
tarball "$out/$name-web.tar.gz" "$name" dist
scripts/wheels.sh "$out" > /dev/null

sri() { printf 'sha384-%s' "$(openssl dgst -sha384 -binary "$1" | base64 -w0)"; }
{
  echo "# DLVM Support Timeline $version"
  echo
  echo "Catalog as of $as_of (the oldest Google page it was read from)."
  echo
  echo "| file | integrity |"
  echo "|---|---|"
  for file in embed.js $(cd dist && ls dlvm-timeline.*.js dlvm-timeline_bg.*.wasm style.*.css); do
    echo "| \`$file\` | \`$(sri "dist/$file")\` |"
  done
  echo
  echo "Self-hosted (the web tarball's files in a folder of your site):"
  echo
  echo '```html'
  echo "<script type=\"module\" src=\"/dlvm/embed.js\" integrity=\"$(sri dist/embed.js)\" crossorigin=\"anonymous\"></script>"
  echo '<dlvm-timeline view="badge" version="pytorch/2.4"></dlvm-timeline>'
  echo '```'
  echo
  echo "Sphinx: \`pip install sphinx-dlvm-timeline==$version\`; MkDocs: \`pip install mkdocs-dlvm-timeline==$version\`."
} > "$out/RELEASE.md"
(cd "$out" && sha256sum -- *.tar.gz *.whl RELEASE.md > SHA256SUMS)
ls -l "$out"
