// scripts/licenses.mjs: the SPDX expression evaluator, and the check on a
// fake `cargo` (metadata JSON and tree listings), so a crate under a licence
// outside licenses/allow.txt is proven to fail make test. Run: node --test tests/scripts/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareVersions, main, parseAllowList, parseExpression, satisfiable } from '../../scripts/licenses.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const allowText = readFileSync(join(root, 'licenses', 'allow.txt'), 'utf8');
const allowed = parseAllowList(allowText);
const passes = (expression) => satisfiable(parseExpression(expression), allowed);

test('the allow list reads ids and ids with exceptions, not comments', () => {
  assert.ok(allowed.has('MIT') && allowed.has('Apache-2.0 WITH LLVM-exception'));
  assert.ok(!allowed.has('MPL-2.0') && !allowed.has('GPL-3.0-only'));
  assert.ok([...allowed].every((entry) => !entry.includes('#')));
});

test('OR needs one allowed branch, AND all of them', () => {
  assert.ok(passes('MIT'));
  assert.ok(passes('MIT OR Apache-2.0'));
  assert.ok(passes('GPL-3.0-only OR MIT'));
  assert.ok(passes('(MIT OR Apache-2.0) AND Unicode-3.0'));
  assert.ok(!passes('GPL-3.0-only'));
  assert.ok(!passes('MIT AND GPL-3.0-only'));
  assert.ok(!passes('(MIT OR Apache-2.0) AND LGPL-2.1-or-later'));
});

test('AND binds tighter than OR; parentheses override', () => {
  // (GPL AND MIT) OR Apache-2.0: the Apache-2.0 branch is enough.
  assert.ok(passes('GPL-3.0-only AND MIT OR Apache-2.0'));
  assert.ok(!passes('GPL-3.0-only AND (MIT OR Apache-2.0)'));
  assert.deepEqual(parseExpression('A OR B AND C'), {
    op: 'OR',
    left: { license: 'A' },
    right: { op: 'AND', left: { license: 'B' }, right: { license: 'C' } },
  });
});

test("Cargo's legacy `/` means OR, and lower-case operators are read", () => {
  assert.ok(passes('MIT/Apache-2.0'));
  assert.ok(passes('Apache-2.0 / MIT'));
  assert.ok(passes('GPL-3.0-only/MIT'));
  assert.ok(passes('MIT or Apache-2.0'));
});

test('WITH passes only as a listed pair', () => {
  assert.ok(passes('Apache-2.0 WITH LLVM-exception'));
  assert.ok(passes('Apache-2.0 WITH LLVM-exception OR MIT'));
  assert.ok(!passes('GPL-2.0-only WITH Classpath-exception-2.0'));
  assert.ok(!passes('MIT WITH Some-exception'));
});

test('bad expressions are errors, not passes', () => {
  for (const bad of ['', 'MIT AND', '(MIT', 'MIT)', 'AND MIT', 'MIT WITH', 'MIT Apache-2.0']) {
    assert.throws(() => parseExpression(bad), /bad licence expression/, bad);
  }
});

test('versions sort by number', () => {
  assert.ok(compareVersions('2.0.119', '10.0.0') < 0);
  assert.ok(compareVersions('1.0.109', '1.0.11') > 0);
  assert.equal(compareVersions('0.2.130', '0.2.130'), 0);
});

/** A fake crate folder with the given files; returns its manifest path. */
function crateDir(base, name, files) {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return join(dir, 'Cargo.toml');
}

/**
 * A fake `cargo`: metadata for our crate plus `deps` ({name, license, files,
 * procMacro}), every dep reached in both artifacts; a proc macro drops out
 * of the `no-proc-macro` listing as cargo tree's does.
 */
function fakeCargo(deps) {
  const base = mkdtempSync(join(tmpdir(), 'licenses-test-'));
  const ours = { id: 'path+file:///repo#dlvm-timeline@0.1.0', name: 'dlvm-timeline', version: '0.1.0', license: 'Apache-2.0', manifest_path: '/repo/Cargo.toml' };
  const packages = [ours, ...deps.map((d) => ({
    id: `registry+https://github.com/rust-lang/crates.io-index#${d.name}@1.0.0`,
    name: d.name,
    version: '1.0.0',
    license: d.license,
    license_file: null,
    repository: `https://example.com/${d.name}`,
    manifest_path: crateDir(base, d.name, d.files ?? {}),
  }))];
  const metadata = { packages, workspace_members: [ours.id] };
  return (args) => {
    if (args[0] === 'metadata') return JSON.stringify(metadata);
    const withProcMacros = !args[2].includes('no-proc-macro');
    const listed = deps.filter((d) => withProcMacros || !d.procMacro);
    return ['dlvm-timeline v0.1.0 (/repo)', ...listed.map((d) => `${d.name} v1.0.0${d.procMacro ? ' (proc-macro)' : ''}`)].join('\n');
  };
}

/** main() on a fake cargo; returns its exit code and what it printed. */
function run(argv, deps) {
  const printed = [];
  const code = main(argv, { cargo: fakeCargo(deps), allowText, log: (l) => printed.push(l), error: (l) => printed.push(l) });
  return { code, printed: printed.join('\n') };
}

const MIT_FILE = { 'LICENSE-MIT': 'MIT License\n\nCopyright (c) Someone\n' };

test('--check fails naming a GPL-3.0-only crate, its version and its expression', () => {
  const { code, printed } = run(['--check'], [
    { name: 'fine', license: 'MIT', files: MIT_FILE },
    { name: 'copyleft', license: 'GPL-3.0-only', files: { COPYING: 'GNU GENERAL PUBLIC LICENSE\n' } },
  ]);
  assert.equal(code, 1);
  assert.match(printed, /bundle: copyleft 1\.0\.0: "GPL-3\.0-only" is not satisfiable/);
  assert.match(printed, /cli: copyleft 1\.0\.0/);
  assert.doesNotMatch(printed, /fine 1\.0\.0/);
});

test('--check fails a crate with no licence expression', () => {
  const { code, printed } = run(['--check'], [{ name: 'unstated', license: null, files: MIT_FILE }]);
  assert.equal(code, 1);
  assert.match(printed, /unstated 1\.0\.0: no SPDX licence expression/);
});

test('--check fails a crate without licence files whose standard text is not kept', () => {
  const { code, printed } = run(['--check'], [{ name: 'bare', license: 'Zlib' }]);
  assert.equal(code, 1);
  assert.match(printed, /bare 1\.0\.0: ships no licence file and licenses\/Zlib\.txt doesn't exist/);
});

test('--check passes allowed crates and names the licences found', () => {
  const { code, printed } = run(['--check'], [{ name: 'fine', license: 'MIT OR Apache-2.0', files: MIT_FILE }]);
  assert.equal(code, 0);
  assert.match(printed, /1 crates in the bundle, 1 crates in the cli, all allowed \(Apache-2\.0, MIT\)/);
});

test('the file lists crates sorted, tags compile-time crates, falls back to standard texts, same bytes twice', () => {
  const deps = [
    { name: 'zeta', license: 'MIT', files: MIT_FILE },
    { name: 'alpha-macro', license: 'MIT OR Apache-2.0', procMacro: true },
  ];
  const out = join(mkdtempSync(join(tmpdir(), 'licenses-out-')), 'THIRD-PARTY-LICENSES');
  assert.equal(run([out], deps).code, 0);
  const text = readFileSync(out, 'utf8');
  assert.ok(text.indexOf('alpha-macro 1.0.0') < text.indexOf('zeta 1.0.0'));
  assert.match(text, /alpha-macro 1\.0\.0 \(MIT OR Apache-2\.0; https:\/\/example\.com\/alpha-macro; compile time only; ships no licence file: standard texts\)/);
  assert.match(text, /Apache License\nVersion 2\.0, January 2004/);
  assert.match(text, /Copyright \(c\) Someone/);
  assert.match(text, /npm files shipped\n\nNone/);
  assert.doesNotMatch(text, /licenses-test-/, 'no machine paths in the file');
  assert.equal(run([out], deps).code, 0);
  assert.equal(readFileSync(out, 'utf8'), text);
});
