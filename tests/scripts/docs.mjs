// Docs that can't drift: every test TESTING.md cites exists.
// - `module::tests::name` and `properties::name…` (a trailing … or _… is a
//   prefix): a `fn` of that name in src/ or tests/;
// - browser `name`: a `fn` in tests/browser.rs;
// - e2e `title…`: a test title in tests/e2e/*.mjs that starts so.
// Prints `N passed, N failed`.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

async function sources(dir, ext) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) out.push(await readFile(join(entry.parentPath ?? entry.path, entry.name), 'utf8'));
  }
  return out.join('\n');
}

const testing = await readFile('TESTING.md', 'utf8');
const rust = `${await sources('src', '.rs')}\n${await sources('tests', '.rs')}`;
const browser = await readFile('tests/browser.rs', 'utf8');
// Test titles as written, with their quotes unescaped.
const e2e = (await sources('tests/e2e', '.mjs')).replaceAll("\\'", "'");
const functions = (text) => new Set([...text.matchAll(/\bfn\s+([a-z_][a-z0-9_]*)/g)].map((m) => m[1]));
const rustFns = [...functions(rust)];
const browserFns = [...functions(browser)];
const prefix = (name) => name.replace(/_?…$/, '');
const has = (names, cited) => (cited.endsWith('…') ? names.some((n) => n.startsWith(prefix(cited))) : names.includes(cited));

const cited = [];
// A test's path: `module::tests::name` or `properties::name` (other paths in
// the text, such as `crate::domain::state`, are code, not tests).
for (const [, path] of testing.matchAll(/`((?:[a-z_]+::)*(?:tests|properties)::[a-z0-9_]+…?)`/g)) {
  const name = path.split('::').pop();
  cited.push([path, has(rustFns, name)]);
}
for (const [, name] of testing.matchAll(/browser `([a-z0-9_]+…?)`/g)) cited.push([`browser ${name}`, has(browserFns, name)]);
for (const [, title] of testing.matchAll(/e2e `([^`]+)`/g)) {
  const start = title.replace(/…$/, '');
  cited.push([`e2e ${title}`, e2e.includes(`test('${start}`) || e2e.includes(`test(\`${start}`) || e2e.includes(`test("${start}`)]);
}
const missing = cited.filter(([, ok]) => !ok);
for (const [name] of missing) console.log(`FAIL TESTING.md cites ${name}, which no test is`);
console.log(`ok   TESTING.md cites ${cited.length} tests`);
console.log(`${missing.length ? 0 : 1} passed, ${missing.length ? 1 : 0} failed`);
process.exit(missing.length ? 1 : 0);
