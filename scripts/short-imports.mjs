// Shortens the names of the functions the wasm module imports from its JS
// glue (`__wbg_appendChild_7465eba84213c75f` → `a`), in both files.
// wasm-bindgen names every import after the JS it calls plus a 16-digit hash;
// the ~130 names appear in the wasm's import section and again in the glue,
// and their hashes are noise gzip cannot shrink (about 2 KB of the budget).
// wasm-opt's --minify-imports only renames Emscripten's `env` imports, so
// this does it for wasm-bindgen's (`__wbg_…`, `__wbindgen_…`), refusing
// anything it does not understand: then the build fails and says why.

const isGlue = (field) => field.startsWith('__wbg_') || field.startsWith('__wbindgen_');

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error('truncated LEB128');
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const text = (bytes, at) => {
  const [length, start] = leb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
};

/** Skips a limits entry (memory, table). */
function limits(bytes, at) {
  const flags = bytes[at++];
  [, at] = leb(bytes, at);
  if (flags & 1) [, at] = leb(bytes, at);
  return at;
}

/** The import section's entries: { module, field, descriptor bytes }. */
function readImports(bytes, start, end) {
  let [count, at] = leb(bytes, start);
  const entries = [];
  while (count--) {
    let module;
    let field;
    [module, at] = text(bytes, at);
    [field, at] = text(bytes, at);
    const from = at;
    const kind = bytes[at++];
    if (kind === 0) [, at] = leb(bytes, at); // function: type index
    else if (kind === 1) { at += 1; at = limits(bytes, at); } // table: reftype, limits
    else if (kind === 2) at = limits(bytes, at); // memory
    else if (kind === 3) at += 2; // global: value type, mutability
    else throw new Error(`import kind ${kind} of ${module}.${field} not understood`);
    entries.push({ module, field, descriptor: bytes.subarray(from, at) });
  }
  if (at !== end) throw new Error('import section does not end where its size says');
  return entries;
}

/** Short names in order: a … z, A … Z, then two letters. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) yield a;
  for (const a of letters) for (const b of letters) yield a + b;
}

/**
 * Rewrites `wasm` (a Buffer) and `js` (the glue's text); returns both, or
 * throws before changing anything when the files are not as expected.
 */
export function shortenImports(wasm, js) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    if (id === 2) {
      const entries = readImports(wasm, start, start + size);
      const names = shortNames();
      const renamed = new Map();
      let glue = js;
      for (const entry of entries) {
        if (!isGlue(entry.field)) continue;
        const short = names.next().value;
        const pattern = new RegExp(`(?<![\\w$])${entry.field.replace(/[$]/g, '\\$')}(?![\\w$])`, 'g');
        const uses = glue.match(pattern)?.length ?? 0;
        if (uses !== 1) throw new Error(`${entry.field} appears ${uses} times in the glue, not once`);
        if (new RegExp(`(?<![\\w$])__${short}(?![\\w$])`).test(glue)) {
          throw new Error(`__${short} is already used in the glue`);
        }
        glue = glue.replace(pattern, `__${short}`);
        renamed.set(entry.field, `__${short}`);
        entry.field = `__${short}`;
      }
      const body = [...encodeLeb(entries.length)];
      for (const entry of entries) {
        for (const part of [entry.module, entry.field]) {
          const bytes = Buffer.from(part, 'utf8');
          body.push(...encodeLeb(bytes.length), ...bytes);
        }
        body.push(...entry.descriptor);
      }
      const section = Buffer.from([2, ...encodeLeb(body.length), ...body]);
      const out = Buffer.concat([wasm.subarray(0, at), section, wasm.subarray(start + size)]);
      return { wasm: out, js: glue, renamed: renamed.size };
    }
    at = start + size;
  }
  throw new Error('no import section');
}
