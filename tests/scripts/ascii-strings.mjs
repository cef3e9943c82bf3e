// scripts/ascii-strings.mjs on a glue made like wasm-bindgen's: the patched
// getStringFromWasm0 returns exactly what TextDecoder does for every kind
// of string (short and long, ASCII and not, at the 64-byte edge), and a
// glue without the function, or with it twice, stops the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiStrings } from '../../scripts/ascii-strings.mjs';

const glue = `let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() { return cachedUint8ArrayMemory0; }
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
let decoded = 0;
function decodeText(bytes) { decoded++; return decoder.decode(bytes); }
function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
return (memory) => { cachedUint8ArrayMemory0 = memory; return { read: getStringFromWasm0, decoded: () => decoded }; };`;

const texts = ['', 'a', 'tr', 'data-version-id', 'x'.repeat(63), 'y'.repeat(64), 'z'.repeat(65), 'ñ', 'Año 2026 — ñandú',
  '⚑', '🙂 emoji', 'é'.repeat(40), `ascii then é${'a'.repeat(50)}`, '\u0000\u007f', 'a'.repeat(5000)];

test('reads every string as TextDecoder does', () => {
  const original = new Function(glue)();
  const patched = new Function(asciiStrings(glue))();
  for (const text of texts) {
    const bytes = Buffer.from(text, 'utf8');
    const memory = new Uint8Array(bytes.length + 16);
    memory.set(bytes, 7); // not at the start of memory
    assert.equal(patched(memory).read(7, bytes.length), original(memory).read(7, bytes.length), JSON.stringify(text));
    assert.equal(patched(memory).read(7, bytes.length), text);
  }
});

test('short ASCII strings skip TextDecoder; the others still use it', () => {
  const reader = new Function(asciiStrings(glue))()(new Uint8Array(Buffer.from('tr and ñ')));
  reader.read(0, 2);
  assert.equal(reader.decoded(), 0);
  reader.read(0, 9);
  assert.equal(reader.decoded(), 1);
});

test('a glue without the function, or with it twice, is refused', () => {
  assert.throws(() => asciiStrings('const x = 1;'), /found it 0 times/);
  const fn = glue.slice(glue.indexOf('function getStringFromWasm0'), glue.indexOf('return (memory)'));
  assert.throws(() => asciiStrings(glue + fn), /found it 2 times/);
});
