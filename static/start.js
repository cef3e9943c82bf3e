// The standalone page's loader (a file, not an inline script: the page
// runs under a strict Content-Security-Policy). The page's first paint (the
// versions made at build time) needs only page.css; the widget's stylesheet,
// preloaded, is applied here before the widget mounts, so the widget never
// shows unstyled. Instantiating the module runs its start function, which
// mounts the widget in #dlvm-timeline.
import init from './dlvm-timeline.js';

const sheet = document.createElement('link');
sheet.rel = 'stylesheet';
sheet.href = new URL('./style.css', import.meta.url).href;
const styled = new Promise((done) => { sheet.onload = sheet.onerror = done; });
document.head.append(sheet);
await styled;
// The wasm and its integrity (written here at build time) in one string.
const [wasm, integrity] = './dlvm-timeline_bg.wasm WASM_INTEGRITY'.split(' ');
await init({ module_or_path: fetch(new URL(wasm, import.meta.url), { integrity }) });
