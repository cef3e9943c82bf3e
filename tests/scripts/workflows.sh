#!/usr/bin/env bash
# The GitHub Actions workflows (.github/workflows/), linted offline; any
# finding fails (make lint):
#   actionlint  syntax, expressions, action inputs, and every `run:` script
#               through ShellCheck (required here, not optional: without it
#               on PATH actionlint would skip the scripts silently);
#   zizmor      security: injection, permissions, credentials, pinning,
#               cache poisoning. --offline: no GitHub API (the online audits
#               need a token and the network); the pedantic persona and no
#               --min-severity, so nothing is filtered out; exit status is
#               non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.venv/bin
for tool in actionlint zizmor shellcheck; do
  [ -x "$venv/$tool" ] || { echo "workflows: no $venv/$tool: run scripts/setup.sh" >&2; exit 1; }
done
# ShellCheck for actionlint is the venv's, named explicitly (actionlint's
# default, `shellcheck` on PATH, is skipped silently when missing); no
# `run:` script is Python, so no pyflakes.

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
[ "${#workflows[@]}" -gt 0 ] || { echo "workflows: none in .github/workflows" >&2; exit 1; }

echo "workflows: $("$venv/actionlint" -version | sed -n 1p), $("$venv/zizmor" --version), shellcheck $("$venv/shellcheck" --version | sed -n 's/^version: //p')"
"$venv/actionlint" -no-color -shellcheck="$PWD/$venv/shellcheck" -pyflakes= "${workflows[@]}"
"$venv/zizmor" --offline --persona pedantic --no-progress --color never --strict-collection .github/workflows/
echo "workflows: ${#workflows[@]} files, no findings"
