#!/usr/bin/env bash
# The npm package `dlvm-timeline` (npm/package.json, npm/README.md): the built
# bundle (dist/, without the demo pages), THIRD-PARTY-LICENSES, the crate's
# version, the SRI hash of embed.js in its README; packed with `npm pack` into OUT (default
# target/npm). npm pack writes fixed dates and a sorted file list, so the same
# commit gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/npm}"
[ -f dist/embed.js ] || { echo "npm-package: no dist/embed.js: run make build first" >&2; exit 1; }
version="$(cargo run --quiet --bin dlvm-timeline -- --version | sed -E 's/^dlvm-timeline ([^ ]+) .*/\1/')"
stage=target/npm-package
rm -rf "$stage"
mkdir -p "$stage" "$out"
cp -r dist/. "$stage/"
rm -f "$stage"/demo*
node scripts/licenses.mjs "$stage/THIRD-PARTY-LICENSES"
integrity="sha384-$(openssl dgst -sha384 -binary dist/embed.js | base64 -w0)"
sed -e "s/VERSION/$version/g" -e "s|SRI_EMBED_JS|$integrity|g" npm/README.md > "$stage/README.md"
node -e '
  const [file, version] = process.argv.slice(1);
  const pkg = JSON.parse(require("fs").readFileSync(file, "utf8"));
  pkg.version = version;
  require("fs").writeFileSync(process.argv[3] + "/package.json", JSON.stringify(pkg, null, 2) + "\n");
' npm/package.json "$version" "$stage"
(cd "$stage" && npm pack --silent --pack-destination "$OLDPWD/$out" >/dev/null)
ls "$out"/dlvm-timeline-"$version".tgz
