// The benchmark page's loader: it instantiates the benchmark entry (the
// standalone page's, static/start.js, also compiles while its stylesheet
// loads; re-renders are what this page measures).
import init from './dlvm-bench.js';

await init({ module_or_path: new URL('./dlvm-bench_bg.wasm', import.meta.url) });
