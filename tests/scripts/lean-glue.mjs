// scripts/lean-glue.mjs on wasm-bindgen's own glue (an excerpt,
// fixtures/wasm-bindgen-glue.js): the patched glue starts a real wasm from
// a compiled module and from a response, rejects a response with an error
// status with wasm-bindgen's message, says a value's debug string plainly,
// and a glue without a patched function, or with one twice, stops the
// build. (The built glue, served both ways, is tested in tests/e2e/run.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { leanGlue } from '../../scripts/lean-glue.mjs';

// The excerpt, and the import object the start asks for (the rest of the
// glue defines each import there).
const excerpt = `${await readFile(new URL('./fixtures/wasm-bindgen-glue.js', import.meta.url), 'utf8')}
function __wbg_get_imports() { return {}; }
`;
const rest = `
export { debugString, passStringToWasm0 };`;

/** The glue `source` as a module, a new one each time (as a page's is). */
let loads = 0;
const load = (source) => import(`data:text/javascript,${encodeURIComponent(`${source}${rest}\n// ${++loads}`)}`);

// The smallest wasm the glue can start: it exports `__wbindgen_start`, a
// function that does nothing, and a memory of one page.
const wasm = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // a type: () -> ()
  0x03, 0x02, 0x01, 0x00, // a function of that type
  0x05, 0x03, 0x01, 0x00, 0x01, // a memory, one page
  0x07, 0x1d, 0x02, // two exports:
  0x10, ...Buffer.from('__wbindgen_start'), 0x00, 0x00, // the function
  0x06, ...Buffer.from('memory'), 0x02, 0x00, // the memory
  0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b, // the function's body: nothing
]);

test('starts the wasm from a compiled module, once', async () => {
  const glue = await load(leanGlue(excerpt));
  const module = await WebAssembly.compile(wasm);
  const exports = await glue.default({ module_or_path: module });
  assert.equal(typeof exports.__wbindgen_start, 'function');
  assert.equal(await glue.default({ module_or_path: module }), exports);
});

test('two starts on their way at once are one start', async () => {
  const glue = await load(leanGlue(excerpt));
  const module = await WebAssembly.compile(wasm);
  const [first, second] = await Promise.all([glue.default({ module_or_path: module }), glue.default({ module_or_path: module })]);
  assert.equal(first, second);
});

test('passes any string to the wasm as UTF-8 (the path every call takes)', async () => {
  const glue = await load(leanGlue(excerpt));
  const { memory } = await glue.default({ module_or_path: await WebAssembly.compile(wasm) });
  // A bump allocator in the memory's first page; realloc keeps the place.
  let next = 8;
  const malloc = (size) => { const at = next; next += size; return at; };
  const realloc = (at, old, size) => { next = at + size; return at; };
  for (const text of ['tr', 'Año 2026 — ñandú', '⚑ 🙂', '']) {
    const at = glue.passStringToWasm0(text, malloc, realloc);
    const bytes = Buffer.from(text, 'utf8');
    assert.deepEqual(Buffer.from(memory.buffer, at, bytes.length), bytes, text);
  }
});

test('starts the wasm from a response it could not be compiled from as it arrived', async () => {
  const glue = await load(leanGlue(excerpt));
  const response = new Response(wasm, { headers: { 'content-type': 'application/octet-stream' } });
  const exports = await glue.default({ module_or_path: response });
  assert.equal(typeof exports.__wbindgen_start, 'function');
});

test('a response with an error status rejects with wasm-bindgen\'s message', async () => {
  const glue = await load(leanGlue(excerpt));
  const response = new Response('gone', { status: 404, statusText: 'Not Found' });
  await assert.rejects(glue.default({ module_or_path: response }), /^Error: failed to fetch Wasm: 404 Not Found fetching ''$/);
});

test('leaves one way in, and no fallback for a browser that could not run the wasm', () => {
  const patched = leanGlue(excerpt);
  for (const gone of ['initSync', '__wbg_load', '__wbg_init_once', 'import.meta.url', 'MIME type', 'deprecated parameters',
    "typeof FinalizationRegistry === 'undefined'", "'encodeInto' in", 'realloc === undefined', 'Symbol.dispose']) {
    assert.equal(patched.includes(gone), false, gone);
  }
  assert.equal(patched.split('new FinalizationRegistry(').length - 1, excerpt.split('new FinalizationRegistry(').length - 1);
});

test('a debug string is what the value says of itself', async () => {
  const { debugString } = await load(leanGlue(excerpt));
  assert.equal(debugString(new Error('no window')), 'Error: no window');
  assert.equal(debugString('text'), 'text');
  assert.equal(debugString(Symbol('s')), 'Symbol(s)');
  assert.equal(debugString({ a: 1 }), '[object Object]');
  assert.equal(debugString(Object.create(null)), 'object');
});

test('a glue without a patched function, or with one twice, is refused', () => {
  assert.throws(() => leanGlue('const x = 1;'), /the new start needs/);
  assert.throws(() => leanGlue(excerpt.replace('async function __wbg_load(', 'async function __wbg_fetch(')), /expected wasm-bindgen's __wbg_load once in the glue, found it 0 times/);
  const start = excerpt.indexOf('\nfunction debugString');
  const debug = excerpt.slice(start, excerpt.indexOf('\n}\n', start) + 3);
  assert.throws(() => leanGlue(`${excerpt}${debug}\n`), /debugString once in the glue, found it 2 times/);
  // A glue that passes a string without realloc needs that path: refused.
  assert.throws(() => leanGlue(`${excerpt}\npassStringToWasm0(String(value), wasm.__wbindgen_malloc);\n`), /without realloc/);
  assert.doesNotThrow(() => leanGlue(`${excerpt}\npassStringToWasm0(String(value), wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);\n`));
  // A glue that never asks for a debug string has none, and is patched.
  assert.doesNotThrow(() => leanGlue(excerpt.replace(debug, '\n')));
});

test('a glue with a new helper where a removed function was, or without what the new start calls, is refused', () => {
  const helper = '\nfunction __wbg_new_helper() {\n    return 1;\n}\n';
  assert.throws(() => leanGlue(excerpt.replace('\nfunction initSync(', `${helper}\nfunction initSync(`)), /__wbg_load holds more than it did/);
  assert.throws(() => leanGlue(excerpt.replace('\nasync function __wbg_init_once(', `${helper}\nasync function __wbg_init_once(`)), /__wbg_init holds more than it did/);
  assert.throws(() => leanGlue(excerpt.replaceAll('__wbg_finalize_init', '__wbg_finish')), /the new start needs "function __wbg_finalize_init/);
  assert.throws(() => leanGlue(excerpt.replace('let wasmModule, wasmInstance, wasm;', 'let wasmModule, wasmInstance, exports;')), /the new start needs "let wasmModule/);
  assert.throws(() => leanGlue(excerpt.replace('function __wbg_get_imports()', 'function __wbg_imports()')), /the new start needs "function __wbg_get_imports/);
});

test('a start after one whose start function failed gets that instance, not a second', async () => {
  // The same wasm, but its start function traps (`unreachable`).
  const trapping = Uint8Array.from([...wasm.slice(0, -6), 0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b]);
  const glue = await load(leanGlue(excerpt));
  const module = await WebAssembly.compile(trapping);
  await assert.rejects(glue.default({ module_or_path: module }), WebAssembly.RuntimeError);
  const again = await glue.default({ module_or_path: module });
  assert.equal(typeof again.__wbindgen_start, 'function');
  assert.equal(again, await glue.default({ module_or_path: module }));
});
