#!/usr/bin/env bash
# `make release`: every artifact of one version into OUT (default
# target/artifacts), from the built bundle (dist/):
#   dlvm-timeline-VERSION-web.tar.gz     the web bundle (dist/), under dlvm-timeline-VERSION/
#   dlvm-timeline-VERSION-x86_64-unknown-linux-gnu.tar.gz
#                                        the command line (built with --profile cli)
#   dlvm-timeline-VERSION.tgz            the npm package (scripts/npm-package.sh, npm pack)
#   *.whl                                the Sphinx extension and the MkDocs plugin (scripts/wheels.sh)
#   SHA256SUMS                           of everything above
# Each carries THIRD-PARTY-LICENSES (scripts/licenses.mjs).
#   RELEASE.md                           version, catalog date, the entry files' SRI hashes, the snippet
# Reproducible: tar entries sorted, owned by 0:0, dated from the last commit
# (SOURCE_DATE_EPOCH), gzip without a name or time; the wheels likewise.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/artifacts}"
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
# The bundle plus THIRD-PARTY-LICENSES at the tarball's root (dist/ is left as built).
web="target/artifacts-web/$name"
rm -rf "$web"
mkdir -p "$(dirname "$web")"
cp -r dist "$web"
node scripts/licenses.mjs "$web/THIRD-PARTY-LICENSES"
tarball "$out/$name-web.tar.gz" "$name" "$web"
scripts/wheels.sh "$out" > /dev/null
scripts/npm-package.sh "$out" > /dev/null

# The command line, as CI runs it (opt-level 3), with its licenses.
cargo build --quiet --locked --profile cli --bin dlvm-timeline
cli="target/artifacts-cli/$name"
rm -rf "$cli"
mkdir -p "$cli"
cp target/cli/dlvm-timeline "$cli/"
node scripts/licenses.mjs "$cli/THIRD-PARTY-LICENSES"
tarball "$out/$name-x86_64-unknown-linux-gnu.tar.gz" "$name" "$cli"

sri() { printf 'sha384-%s' "$(openssl dgst -sha384 -binary "$1" | base64 -w0)"; }
{
  echo "# DLVM Support Timeline $version"
  echo
  echo "Catalog as of $as_of (the oldest Google page it was read from)."
  echo
  echo "| file | integrity |"
  echo "|---|---|"
  for file in embed.js reserve.css $(cd dist && ls dlvm-lite.*.js dlvm-lite_bg.*.wasm dlvm-timeline.*.js dlvm-timeline_bg.*.wasm style.*.css cards.*.css); do
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
  echo "From a CDN that serves npm packages (jsDelivr, unpkg): its path for \`dlvm-timeline@$version/embed.js\`, with the same integrity."
  echo
  echo "Sphinx: \`pip install sphinx-dlvm-timeline==$version\`; MkDocs: \`pip install mkdocs-dlvm-timeline==$version\`;"
  echo "npm: \`npm install dlvm-timeline@$version\`; command line: the x86_64 Linux tarball."
} > "$out/RELEASE.md"
(cd "$out" && sha256sum -- *.tar.gz *.tgz *.whl RELEASE.md > SHA256SUMS)
ls -l "$out"
