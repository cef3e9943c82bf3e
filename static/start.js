// The standalone page's loader (a file, not an inline script: the page
// runs under a strict Content-Security-Policy). The page's first paint (the
// versions made at build time) needs only page.css; the widget's stylesheet,
// preloaded, is applied here before the widget mounts, so the widget never
// shows unstyled. Instantiating the module runs its start function, which
// mounts the widget in #dlvm-timeline.
import init from './dlvm-timeline.js';

// The wasm and its integrity (written here at build time) in one string.
// It is compiled as soon as it has arrived (and passed its integrity check),
// while the stylesheet loads, not after it (as embed.js does). Served as
// another type than application/wasm, or with an error status, the glue gets
// the response and does what it does without this: its slower compile, or
// its error.
const [wasm, integrity] = './dlvm-timeline_bg.wasm WASM_INTEGRITY'.split(' ');
const compiled = fetch(new URL(wasm, import.meta.url), { integrity })
  .then((r) => (r.ok && /^application\/wasm/.test(r.headers.get('content-type')) ? WebAssembly.compileStreaming(r) : r));
const sheet = document.createElement('link');
sheet.rel = 'stylesheet';
sheet.href = new URL('./style.css', import.meta.url).href;
const styled = new Promise((done) => { sheet.onload = sheet.onerror = done; });
document.head.append(sheet);
// Awaited together: a download that fails is reported once, as this
// module's error, not also as a promise nobody awaited yet.
const [module] = await Promise.all([compiled, styled]);
await init({ module_or_path: module });
