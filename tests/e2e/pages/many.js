// In-page helpers for the robustness test and the benchmark (many.html):
// insert many instances, time them, and cycle mounts to watch memory.
import { mounted, wasmMemoryBytes } from '/embed.js';

const VIEWS = ['badge', 'card', 'timeline', 'full'];
const VERSIONS = ['tensorflow/2.16', 'pytorch/2.4', 'base/cu128', 'containers/tensorflow/2.17', 'pytorch/2.9-ubuntu-2404'];
const tick = () => new Promise((done) => setTimeout(done, 0));

function element(view, version) {
  const e = document.createElement('div');
  e.setAttribute('data-dlvm-timeline', '');
  e.setAttribute('data-view', view);
  e.setAttribute('data-version', version);
  return e;
}

/** Inserts `count` instances at once; resolves to ms until all rendered. */
async function insert(count) {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    document.getElementById('slot').append(element(VIEWS[i % VIEWS.length], VERSIONS[i % VERSIONS.length]));
  }
  const all = () => [...document.querySelectorAll('[data-dlvm-timeline]')];
  while (mounted() < count || all().some((e) => !e.shadowRoot?.querySelector('.dlvm'))) {
    await new Promise((done) => setTimeout(done, 1));
  }
  return performance.now() - t0;
}

/** Clicks a tab in the first full instance: [ms to the end of its render, the tab now selected]. */
async function clickFull() {
  const full = document.querySelector('[data-view=full]').shadowRoot;
  const t0 = performance.now();
  full.querySelector('[role=tab][data-framework=pytorch]').click();
  await tick();
  return [performance.now() - t0, full.querySelector('[role=tab][aria-selected=true]').dataset.framework];
}

/** Mounts and removes an instance `count` times. */
async function cycle(count) {
  for (let i = 0; i < count; i++) {
    const e = element(i % 2 ? 'card' : 'badge', i % 3 ? 'pytorch/2.4' : 'containers/tensorflow/2.17');
    document.getElementById('slot').append(e);
    await tick();
    e.remove();
    await tick();
  }
}

/** Memory after a forced GC: [wasm memory bytes, JS heap bytes]. */
function memory() {
  if (window.gc) window.gc();
  return [wasmMemoryBytes(), performance.memory?.usedJSHeapSize ?? 0];
}

window.dlvmTest = { insert, clickFull, cycle, memory, mounted };
