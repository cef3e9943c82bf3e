// The standalone page's loader (a file, not an inline script: the page
// runs under a strict Content-Security-Policy). Instantiating the module
// runs its start function, which mounts the widget in #dlvm-timeline.
import init from './dlvm-timeline.js';

await init({ module_or_path: new URL('./dlvm-timeline_bg.wasm', import.meta.url) });
