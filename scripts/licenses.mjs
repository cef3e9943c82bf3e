#!/usr/bin/env node
// THIRD-PARTY-LICENSES from Cargo's metadata, and the licence allow-list
// check (make native):
//
//   node scripts/licenses.mjs --check   exit 1 naming each crate whose licence
//                                       isn't allowed (licenses/allow.txt)
//   node scripts/licenses.mjs OUT       check, then write the notices to OUT
//                                       (scripts/release.sh, scripts/wheels.sh)
//
// Which crates: those `cargo tree -e normal --target T` reaches from our
// crate, for the bundle (wasm32-unknown-unknown) and the command line
// (x86_64-unknown-linux-gnu: the file must not depend on the machine that
// writes it). cargo tree rather than a walk of `cargo metadata`'s resolve
// graph: the graph unifies dev-dependencies' features (num-traits' optional
// libm shows up through wasm-bindgen-test), and --filter-platform keeps an
// edge's other-target kinds (chrono, native only, shows up in the bundle).
// What each crate is (licence, repository, source folder): `cargo metadata`.
//
// Not cargo-about: installing it compiles about 180 crates (ring, zstd and
// mimalloc's C among them), several minutes on CI's 2 cores; this reads what
// Cargo already knows, with Node, which the build has anyway.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LICENSES_DIR = join(ROOT, 'licenses');

export const ARTIFACTS = [
  { key: 'bundle', target: 'wasm32-unknown-unknown', title: 'The web bundle (dlvm-timeline_bg.wasm and its glue dlvm-timeline.js; dlvm-lite_bg.wasm and dlvm-lite.js, built from a subset of the same crates: no Yew)' },
  { key: 'cli', target: 'x86_64-unknown-linux-gnu', title: 'The command line (dlvm-timeline)' },
];

// Files a crate keeps its licence and notices in (REUSE's LICENSES/ folder
// is a directory and is read file by file).
const LICENSE_FILE = /^(licen[cs]e|copying|notice|unlicense)/i;

// ---------------------------------------------------------------------------
// SPDX licence expressions (SPDX 2.3 annex D): WITH binds tighter than AND,
// AND tighter than OR; `/` is Cargo's legacy spelling of OR.

/** Splits an expression into ids, operators and parentheses. */
export function tokenize(expression) {
  const tokens = [];
  for (const raw of expression.match(/\(|\)|\/|[^\s()/]+/g) ?? []) {
    const upper = raw.toUpperCase();
    if (raw === '/') tokens.push('OR');
    else if (upper === 'AND' || upper === 'OR' || upper === 'WITH') tokens.push(upper);
    else tokens.push(raw);
  }
  return tokens;
}

/** The expression's tree: {license, exception?} | {op: 'AND'|'OR', left, right}. Throws on bad syntax. */
export function parseExpression(expression) {
  const tokens = tokenize(expression);
  let at = 0;
  const peek = () => tokens[at];
  const fail = (why) => {
    throw new Error(`bad licence expression "${expression}": ${why}`);
  };
  const isId = (t) => t !== undefined && !['AND', 'OR', 'WITH', '(', ')'].includes(t);

  function binary(op, operand) {
    return () => {
      let left = operand();
      while (peek() === op) {
        at += 1;
        left = { op, left, right: operand() };
      }
      return left;
    };
  }
  function primary() {
    if (peek() === '(') {
      at += 1;
      const inner = orExpr();
      if (peek() !== ')') fail('missing )');
      at += 1;
      return inner;
    }
    if (!isId(peek())) fail(`expected a licence id at "${peek() ?? 'the end'}"`);
    const license = tokens[at++];
    if (peek() !== 'WITH') return { license };
    at += 1;
    if (!isId(peek())) fail('expected an exception id after WITH');
    return { license, exception: tokens[at++] };
  }
  const andExpr = binary('AND', primary);
  const orExpr = binary('OR', andExpr);

  if (tokens.length === 0) fail('empty');
  const tree = orExpr();
  if (at !== tokens.length) fail(`unexpected "${peek()}"`);
  return tree;
}

/** How an allow-list line or a leaf reads: `ID` or `ID WITH EXCEPTION`. */
const leafName = (leaf) => (leaf.exception ? `${leaf.license} WITH ${leaf.exception}` : leaf.license);

/** Whether some choice of OR branches leaves only allowed licences. */
export function satisfiable(tree, allowed) {
  if (tree.op === 'AND') return satisfiable(tree.left, allowed) && satisfiable(tree.right, allowed);
  if (tree.op === 'OR') return satisfiable(tree.left, allowed) || satisfiable(tree.right, allowed);
  return allowed.has(leafName(tree));
}

/** Every leaf of the tree, left to right. */
export function leaves(tree) {
  return tree.op ? [...leaves(tree.left), ...leaves(tree.right)] : [tree];
}

/** The allow list's entries: one a line, `#` starts a comment. */
export function parseAllowList(text) {
  const entries = text.split('\n').map((line) => line.replace(/#.*/, '').trim().replace(/\s+/g, ' '));
  return new Set(entries.filter(Boolean));
}

// ---------------------------------------------------------------------------
// The crates.

/** Runs cargo in the repository; --locked so the file matches Cargo.lock. */
function runCargo(args) {
  return execFileSync('cargo', [...args, '--locked'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** `name@version` of each crate `cargo tree` lists (our own crate included). */
function treeKeys(cargo, target, edges) {
  const out = cargo(['tree', '-e', edges, '--target', target, '--prefix', 'none', '--format', '{p}']);
  const keys = new Set();
  for (const line of out.split('\n')) {
    const match = /^(\S+) v(\S+)/.exec(line);
    if (match) keys.add(`${match[1]}@${match[2]}`);
  }
  return keys;
}

/** Metadata's packages by `name@version`; two sources of one name and version would be ambiguous. */
function packagesByKey(metadata) {
  const byKey = new Map();
  for (const pkg of metadata.packages) {
    const key = `${pkg.name}@${pkg.version}`;
    if (byKey.has(key)) throw new Error(`${key} comes from two sources; tell them apart in scripts/licenses.mjs`);
    byKey.set(key, pkg);
  }
  return byKey;
}

/** Compares dotted versions number by number (syn 1 before syn 2 before syn 10). */
export function compareVersions(a, b) {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const [x, y] = [pa[i] ?? '', pb[i] ?? ''];
    const order = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return 0;
}

const byNameThenVersion = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : compareVersions(a.version, b.version));

/**
 * Each artifact's third-party crates, sorted: {name, version, license,
 * licenseFile, repository, dir, compileTime}. compileTime: a procedural
 * macro or a crate only such macros use, which runs in the compiler; the
 * code it writes is in the artifact, its own code isn't.
 */
export function collect(cargo = runCargo) {
  const metadata = JSON.parse(cargo(['metadata', '--format-version', '1']));
  const byKey = packagesByKey(metadata);
  const memberIds = new Set(metadata.workspace_members);
  const ours = new Set([...byKey].filter(([, pkg]) => memberIds.has(pkg.id)).map(([key]) => key));
  return ARTIFACTS.map((artifact) => {
    const all = treeKeys(cargo, artifact.target, 'normal');
    const linked = treeKeys(cargo, artifact.target, 'normal,no-proc-macro');
    const crates = [...all].filter((key) => !ours.has(key)).map((key) => {
      const pkg = byKey.get(key);
      if (!pkg) throw new Error(`cargo tree lists ${key}, cargo metadata doesn't`);
      return {
        name: pkg.name,
        version: pkg.version,
        license: pkg.license ?? null,
        licenseFile: pkg.license_file ?? null,
        repository: pkg.repository ?? null,
        dir: dirname(pkg.manifest_path),
        compileTime: !linked.has(key),
      };
    });
    return { ...artifact, crates: crates.sort(byNameThenVersion) };
  });
}

// ---------------------------------------------------------------------------
// The check.

/** Why a crate's licence fails the allow list, or null when it passes. */
export function licenseProblem(crate, allowed) {
  if (!crate.license) {
    return `no SPDX licence expression in its Cargo.toml${crate.licenseFile ? ` (license-file = ${crate.licenseFile})` : ''}`;
  }
  let tree;
  try {
    tree = parseExpression(crate.license);
  } catch (error) {
    return error.message;
  }
  return satisfiable(tree, allowed) ? null : `"${crate.license}" is not satisfiable with licenses/allow.txt`;
}

/** Why a crate fails the check (its licence, or a text we can't give), or null. */
function crateProblem(crate, allowed, readTexts) {
  const why = licenseProblem(crate, allowed);
  if (why) return why;
  try {
    readTexts(crate, allowed);
    return null;
  } catch (error) {
    return error.message;
  }
}

/** One line per crate that fails, naming the artifact, crate, version and why. */
export function problems(artifacts, allowed, readTexts = licenseTexts) {
  const lines = [];
  for (const artifact of artifacts) {
    for (const crate of artifact.crates) {
      const why = crateProblem(crate, allowed, readTexts);
      if (why) lines.push(`${artifact.key}: ${crate.name} ${crate.version}: ${why}`);
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------
// The texts.

/** Line endings and trailing blanks normalised, so equal texts compare equal. */
const normalise = (text) => text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();

/** The licence and notice files in a crate's folder (and in a LICENSES/ folder). */
function licenseFilesIn(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!LICENSE_FILE.test(entry.name)) continue;
    if (entry.isFile()) files.push(entry.name);
    else if (entry.isDirectory()) {
      for (const inner of readdirSync(join(dir, entry.name)).sort()) files.push(`${entry.name}/${inner}`);
    }
  }
  return files;
}

/**
 * A crate's licence texts: {name, text, standard}. From its own files; a
 * crate that ships none gets the standard text (licenses/ID.txt) of each
 * allowed licence and exception its expression names.
 */
export function licenseTexts(crate, allowed) {
  const files = licenseFilesIn(crate.dir);
  if (files.length > 0) {
    return files.map((name) => ({ name, text: normalise(readFileSync(join(crate.dir, name), 'utf8')), standard: false }));
  }
  const ids = new Set();
  for (const leaf of leaves(parseExpression(crate.license))) {
    if (!allowed.has(leafName(leaf))) continue;
    ids.add(leaf.license);
    if (leaf.exception) ids.add(leaf.exception);
  }
  return [...ids].map((id) => {
    let text;
    try {
      text = readFileSync(join(LICENSES_DIR, `${id}.txt`), 'utf8');
    } catch {
      throw new Error(`ships no licence file and licenses/${id}.txt doesn't exist: add ${id}'s standard text there`);
    }
    return { name: `${id} (standard text)`, text: normalise(text), standard: true };
  });
}

// ---------------------------------------------------------------------------
// The file.

const NPM_SECTION = `None: no file of an npm package is in any artifact.

- The web tarball's files (dist/, also bundle/ in each wheel) are our own
  (static/: embed.js, embed-frame.js, start.js, demo.js, the stylesheets,
  embed.html, demo.html, demo-csp.html, catalog.json and its schema,
  favicon.svg), the pages our command line writes at build time
  (index.html, v/), and what the crates in section 1 compile to:
  dlvm-timeline_bg.wasm and dlvm-lite_bg.wasm, and their JavaScript glue
  dlvm-timeline.js and dlvm-lite.js, which wasm-bindgen-cli writes from the wasm-bindgen crate's own code
  (wasm-bindgen, MIT OR Apache-2.0, listed in section 1). No crate brings
  JavaScript files of its own (dist/ has no snippets/ folder).
- npm tools transform those files at build time without adding code of
  their own: terser minifies the JavaScript (comments dropped) and
  binaryen's wasm-opt optimises the wasm.
- The wheels add our Python modules and data.json, nothing from npm.`;

const STD_NOTE = `Both artifacts also contain parts of the Rust standard library (core,
alloc, std; MIT OR Apache-2.0, https://github.com/rust-lang/rust), which
Cargo's metadata doesn't list.`;

/** One crate's line in its artifact's list, pointing at its texts by number. */
function crateLine(crate, numbers) {
  const tags = [crate.license, crate.repository ?? 'no repository given'];
  if (crate.compileTime) tags.push('compile time only');
  if (crate.standardTexts) tags.push('ships no licence file: standard texts');
  return `${crate.name} ${crate.version} (${tags.join('; ')}): texts ${numbers.join(', ')}`;
}

/** Numbers each distinct text in the order crates first use it; returns the lists' lines and the texts. */
function numberTexts(artifacts, allowed) {
  const texts = new Map(); // text -> {number, users: []}
  const sections = artifacts.map((artifact) => {
    const lines = artifact.crates.map((crate) => {
      const found = licenseTexts(crate, allowed);
      const numbers = found.map(({ name, text, standard }) => {
        if (!texts.has(text)) texts.set(text, { number: texts.size + 1, users: new Set() });
        const entry = texts.get(text);
        entry.users.add(`${crate.name} ${crate.version}: ${standard ? name : `its ${name}`}`);
        return `[${entry.number}]`;
      });
      return crateLine({ ...crate, standardTexts: found.some((t) => t.standard) }, numbers);
    });
    return { artifact, lines };
  });
  return { sections, texts };
}

/** THIRD-PARTY-LICENSES' text: no dates, no paths, crates sorted, so the same Cargo.lock gives the same bytes. */
export function render(artifacts, allowed) {
  const { sections, texts } = numberTexts(artifacts, allowed);
  const out = [
    'DLVM Support Timeline: third-party licences',
    '',
    'Written by scripts/licenses.mjs from Cargo.lock and Cargo\'s metadata.',
    'Each crate compiled into our artifacts, its licence (an SPDX expression),',
    'its repository and the numbers of its licence and notice texts, printed',
    'once each at the end. "Compile time only": a procedural macro, or a crate',
    'only such macros use; it runs in the compiler and writes code that is in',
    'the artifact.',
    '',
    STD_NOTE,
  ];
  sections.forEach(({ artifact, lines }, i) => {
    const compileTime = artifact.crates.filter((c) => c.compileTime).length;
    out.push('', '', `${i + 1}. ${artifact.title}: ${lines.length} crates, ${compileTime} of them compile time only (${artifact.target})`, '');
    out.push(...lines);
  });
  out.push('', '', `${sections.length + 1}. npm files shipped`, '', NPM_SECTION);
  out.push('', '', `${sections.length + 2}. Licence and notice texts`);
  for (const [text, { number, users }] of texts) {
    out.push('', '', `[${number}] used by:`, ...[...users].map((user) => `  ${user}`), '', text);
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------

/** The distinct licence ids (and exceptions) the artifacts' expressions name. */
function licenseIds(artifacts) {
  const ids = new Set();
  for (const crate of artifacts.flatMap((a) => a.crates)) {
    for (const leaf of leaves(parseExpression(crate.license))) ids.add(leafName(leaf));
  }
  return [...ids].sort();
}

/** The command line; returns the exit code. */
export function main(argv, { cargo = runCargo, allowText, log = console.log, error = console.error } = {}) {
  const [arg] = argv;
  if (!arg || argv.length > 1 || (arg.startsWith('-') && arg !== '--check')) {
    error('usage: node scripts/licenses.mjs --check | OUT');
    return 2;
  }
  const allowed = parseAllowList(allowText ?? readFileSync(join(LICENSES_DIR, 'allow.txt'), 'utf8'));
  const artifacts = collect(cargo);
  const found = problems(artifacts, allowed);
  if (found.length > 0) {
    for (const line of found) error(`licenses: ${line}`);
    error('licenses: every crate in the bundle and the command line needs a licence in licenses/allow.txt (and its text)');
    return 1;
  }
  const counts = artifacts.map((a) => `${a.crates.length} crates in the ${a.key}`).join(', ');
  if (arg === '--check') {
    log(`licenses: ${counts}, all allowed (${licenseIds(artifacts).join(', ')})`);
    return 0;
  }
  writeFileSync(arg, render(artifacts, allowed));
  log(`licenses: wrote ${arg} (${counts})`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
