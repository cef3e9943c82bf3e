// Post-build step on wasm-bindgen's glue (run by minify.mjs before terser):
// one way to start the wasm, the one our loaders use, no fallbacks for
// browsers that could not run it, and a plain debug string for a JavaScript
// value. 600–900 bytes gzip of each glue, which the whole widget's budget
// needs.
//
// One way to start. wasm-bindgen's glue can start its wasm from a path, a URL, a
// Request, a Response, bytes or a compiled module, synchronously
// (`initSync`) or not, with deprecated forms of its arguments and a warning
// for a server that sends the wasm with another type. Our loaders
// (`start.js`, `embed.js`) call only `default({ module_or_path })` with a
// compiled `WebAssembly.Module`, or with the wasm's `Response` when it
// could not be compiled as it arrived (another type than
// `application/wasm`, an error status). The rest was about 1,600 bytes of
// every glue, 500 of them gzip.
//
// What the loaders see is the same: a module starts the wasm; a response
// with an error status rejects with wasm-bindgen's own message; another
// type is compiled from its bytes (without the console warning); two
// starts on their way at once (a page with two loaders) are one.
//
// What every browser that runs the wasm has. The wasm keeps JavaScript
// values in a table of references (wasm-bindgen's externref table), which
// needs Chrome 96, Firefox 79 or Safari 15; each has FinalizationRegistry
// and TextEncoder.encodeInto, so the glue's fallbacks for browsers without
// them go (about 100 bytes gzip), and so does its path for a string passed
// without `realloc`, which this glue never takes (checked). So does the
// `Symbol.dispose` alias of `Mounted.free` (for `using` declarations; the
// loaders call `free`).
//
// A plain debug string. The wasm asks for one only to print a JavaScript
// value in a panic's message (`Debug` for `JsValue`); wasm-bindgen's
// describes every kind of value in detail (700 bytes, 285 gzip). `String`
// says what the value says of itself ("Error: …", "[object Object]").
//
// The glue's functions are matched exactly (wasm-bindgen is pinned); a glue
// without them, or with them twice, or with anything else where they are
// removed (a new helper between them), or without what the new start calls,
// fails the build rather than ship unpatched (tests/scripts/lean-glue.mjs).

const LOAD = /\nasync function __wbg_load\(module, imports\) \{\n[\s\S]*?\n\}\n(?=\nfunction initSync)/g;
const INIT_SYNC = /\nfunction initSync\(module\) \{\n[\s\S]*?\n\}\n(?=\nlet __wbg_init_promise;)/g;
const INIT = /\nlet __wbg_init_promise;\nasync function __wbg_init\(module_or_path\) \{\n[\s\S]*?\n\}\n\nasync function __wbg_init_once\(module_or_path\) \{\n[\s\S]*?\n\}\n\nexport \{ initSync, __wbg_init as default \};\n/g;

const DEBUG_STRING = /\nfunction debugString\(val\) \{\n[\s\S]*?\n\}\n(?=\n)/g;

const PLAIN_DEBUG_STRING = `
/** What a value says of itself (scripts/lean-glue.mjs). */
function debugString(val) {
    try {
        return String(val);
    } catch {
        return typeof val;
    }
}
`;

const DISPOSE = /\nif \(Symbol\.dispose\) Mounted\.prototype\[Symbol\.dispose\] = Mounted\.prototype\.free;\n/g;
const NO_REGISTRY = /\(typeof FinalizationRegistry === 'undefined'\)\n    \? \{ register: \(\) => \{\}, unregister: \(\) => \{\} \}\n    : new FinalizationRegistry/g;
const ENCODE_INTO = /\nif \(!\('encodeInto' in cachedTextEncoder\)\) \{\n[\s\S]*?\n\}\n/g;
const NO_REALLOC = /\n    if \(realloc === undefined\) \{\n[\s\S]*?\n    \}\n(?=\n    let len = arg\.length;)/g;
const PASS_STRING_CALL = 'passStringToWasm0(';
// A statement of the glue's top level (its own lines are indented).
const TOP_LEVEL = /\n(?:async function|function|let|const|var|class|export|if)\b/g;
// What the new start calls and reads, as wasm-bindgen's glue defines it.
const START_NEEDS = ['\nlet wasmModule, wasmInstance, wasm;\n', '\nfunction __wbg_finalize_init(instance, module) {\n', '\nfunction __wbg_get_imports() {'];
const WITH_REALLOC = 'wasm.__wbindgen_malloc, wasm.__wbindgen_realloc)';

const ONE_INIT = `
/**
 * Starts the wasm from a compiled module, or from its response, once: a
 * second call while the first is on its way gets the same start
 * (scripts/lean-glue.mjs).
 */
let __wbg_init_promise;
function __wbg_init({ module_or_path: module }) {
    if (!__wbg_init_promise) {
        __wbg_init_promise = __wbg_start(module);
        __wbg_init_promise.catch(() => { __wbg_init_promise = undefined; });
    }
    return __wbg_init_promise;
}

async function __wbg_start(module) {
    // Started before (its start function failed after): that instance, not
    // a second one its closures don't know (wasm-bindgen's own guard).
    if (wasm !== undefined) return wasm;
    if (module instanceof Response) {
        if (!module.ok) {
            throw new Error(\`failed to fetch Wasm: \${module.status} \${module.statusText} fetching '\${module.url}'\`);
        }
        module = await WebAssembly.compile(await module.arrayBuffer());
    }
    const instance = await WebAssembly.instantiate(module, __wbg_get_imports());
    return __wbg_finalize_init(instance, module);
}

export { __wbg_init as default };
`;

/**
 * The glue `js` with one way to start its wasm and a plain debug string (a
 * glue that never asks for one has none); throws when it isn't the glue
 * this was written for.
 */
export function leanGlue(js) {
  // Every call but the definition passes `realloc` (a call's first
  // argument may hold calls itself: count, don't parse).
  const calls = js.split(PASS_STRING_CALL).length - 1 - js.split(`function ${PASS_STRING_CALL}`).length + 1;
  if (calls !== js.split(WITH_REALLOC).length - 1) {
    throw new Error('lean-glue: the glue passes a string without realloc; its path for that is needed');
  }
  for (const needed of START_NEEDS) {
    if (js.split(needed).length !== 2) throw new Error(`lean-glue: the new start needs ${JSON.stringify(needed.trim())} once in the glue`);
  }
  // [what, pattern, replacement, how many the glue has (0 for "at least
  // one"), the top-level statements each match holds]
  const patches = [
    ['__wbg_load', LOAD, '\n', 1, 1],
    ['initSync', INIT_SYNC, '\n', 1, 1],
    ['__wbg_init', INIT, ONE_INIT, 1, 4],
    ['the FinalizationRegistry fallback', NO_REGISTRY, 'new FinalizationRegistry', 0, 0],
    ['the encodeInto fallback', ENCODE_INTO, '\n', 1, 1],
    ['the path without realloc', NO_REALLOC, '\n', 1, 0],
    ["Mounted's Symbol.dispose", DISPOSE, '\n', 1, 1],
  ];
  if (js.includes('\nfunction debugString(')) patches.push(['debugString', DEBUG_STRING, PLAIN_DEBUG_STRING, 1, 1]);
  for (const [name, pattern, patched, count, statements] of patches) {
    const found = js.match(pattern) ?? [];
    if (count ? found.length !== count : found.length === 0) {
      throw new Error(`lean-glue: expected wasm-bindgen's ${name} ${count ? 'once' : 'at least once'} in the glue, found it ${found.length} times`);
    }
    const more = found.find((match) => (match.match(TOP_LEVEL)?.length ?? 0) !== statements);
    if (more !== undefined) throw new Error(`lean-glue: wasm-bindgen's ${name} holds more than it did; it would be removed with it`);
    js = js.replace(pattern, () => patched);
  }
  return js;
}
