// The benchmark page's loader: it instantiates the benchmark entry (the
// standalone page's, static/start.js, also compiles while its stylesheet
// loads; re-renders are what this page measures). The glue takes a
// compiled module or a response (scripts/lean-glue.mjs).
import init from './dlvm-bench.js';

const wasm = new URL('./dlvm-bench_bg.wasm', import.meta.url);
await init({ module_or_path: await WebAssembly.compileStreaming(fetch(wasm)) });
