// scripts/short-imports.mjs on hand-made modules: the renamed module still
// validates and instantiates with the renamed glue, calls reach the same
// functions, other imports keep their names, and anything unexpected stops
// the build before a file changes.
import assert from 'node:assert/strict';
import { shortenImports } from '../../scripts/short-imports.mjs';

const name = (s) => [s.length, ...Buffer.from(s)];

/** A module importing `fields` (all () -> i32) from `wbg` and exporting `sum` of their results. */
function module(fields, extra = []) {
  const type = [1, 7, 1, 0x60, 0, 1, 0x7f]; // one type: () -> i32
  const imports = [fields.length + extra.length];
  for (const f of fields) imports.push(...name('wbg'), ...name(f), 0, 0);
  for (const [m, f] of extra) imports.push(...name(m), ...name(f), 0, 0);
  const funcs = [1, 0]; // one function of type 0
  const exports = [1, ...name('sum'), 0, fields.length + extra.length];
  const body = [0]; // no locals
  for (let i = 0; i < fields.length + extra.length; i++) body.push(0x10, i); // call i
  for (let i = 1; i < fields.length + extra.length; i++) body.push(0x6a); // i32.add
  body.push(0x0b);
  const code = [1, body.length, ...body];
  const section = (id, bytes) => [id, bytes.length, ...bytes];
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, type.slice(2)),
    ...section(2, imports),
    ...section(3, funcs),
    ...section(7, exports),
    ...section(10, code),
  ]);
}

const fields = ['__wbg_log_0123456789abcdef', '__wbindgen_throw_fedcba9876543210', '__wbg_now_1111111111111111'];
const glue = `const imports = { wbg: {} };
imports.wbg.__wbg_log_0123456789abcdef = function() { return 1; };
imports.wbg.__wbindgen_throw_fedcba9876543210 = function() { return 20; };
imports.wbg.__wbg_now_1111111111111111 = function() { return 300; };
imports.env = { keep: () => 4000 };
return imports;`;
let failed = 0;
const test = (what, body) => {
  try {
    body();
    console.log(`ok   ${what}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${what}\n     ${e.message}`);
  }
};

test('renames every glue import in the module and the glue, and the module still runs', () => {
  const wasm = module(fields, [['env', 'keep']]);
  const out = shortenImports(wasm, glue);
  assert.equal(out.renamed, 3);
  assert.ok(out.wasm.length < wasm.length, 'smaller');
  assert.ok(WebAssembly.validate(out.wasm), 'valid wasm');
  const imports = new Function(out.js)();
  assert.deepEqual(Object.keys(imports.wbg), ['__a', '__b', '__c']);
  const described = WebAssembly.Module.imports(new WebAssembly.Module(out.wasm));
  assert.deepEqual(described.map((i) => `${i.module}.${i.name}`), ['wbg.__a', 'wbg.__b', 'wbg.__c', 'env.keep']);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(out.wasm), imports);
  assert.equal(instance.exports.sum(), 4321, 'each call reaches the function it reached before');
  for (const f of fields) assert.ok(!out.js.includes(f), `${f} gone from the glue`);
});

test('a glue name that appears twice (or not at all) in the glue stops the build', () => {
  const twice = glue + '\n// __wbg_now_1111111111111111';
  assert.throws(() => shortenImports(module(fields), twice), /__wbg_now_1111111111111111 appears 2 times/);
  const missing = glue.replace('__wbg_log_0123456789abcdef', 'other');
  assert.throws(() => shortenImports(module(fields), missing), /appears 0 times/);
});

test('a short name the glue already uses stops the build', () => {
  assert.throws(() => shortenImports(module(fields), glue + '\nconst __a = 1;'), /__a is already used/);
});

test('not a module, a truncated module, a module without imports: refused', () => {
  assert.throws(() => shortenImports(Buffer.from('not wasm at all'), glue), /not a wasm module/);
  const wasm = module(fields);
  assert.throws(() => shortenImports(wasm.subarray(0, 20), glue), /truncated|does not end/);
  const bare = Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  assert.throws(() => shortenImports(bare, glue), /no import section/);
});

console.log(`${4 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
