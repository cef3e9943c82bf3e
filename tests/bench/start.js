// The benchmark page's loader (see static/start.js).
import init from './dlvm-bench.js';

await init({ module_or_path: new URL('./dlvm-bench_bg.wasm', import.meta.url) });
