// DLVM Support Timeline — embed loader.
//
// Add once to a page:   <script type="module" src="…/embed.js"></script>
// and anywhere after:   <div data-dlvm-timeline data-view="card" data-version="pytorch/2.4"></div>
//
// Every [data-dlvm-timeline] element gets its own widget instance in its own
// shadow root; elements added later are mounted, removed ones torn down, and
// an instance whose data-* attributes change is remounted. All instances
// share one WebAssembly instance. The files this loads sit next to it.
import init, { mount } from './dlvm-timeline.js';

const SELECTOR = '[data-dlvm-timeline]';
const ATTRIBUTES = ['data-dlvm-timeline', 'data-view', 'data-product', 'data-framework', 'data-version', 'data-at',
  'data-lang', 'data-theme', 'data-warn-days', 'data-sync-url'];
const assets = new URL('./', import.meta.url).href;
const instances = new Map();

function up(element) {
  if (instances.has(element) || !element.isConnected) return;
  try {
    const instance = mount(element, assets);
    if (instance) instances.set(element, instance);
  } catch (error) {
    console.error('dlvm-timeline: could not mount', element, error);
  }
}

function down(element) {
  const instance = instances.get(element);
  if (!instance) return;
  instances.delete(element);
  instance.unmount();
  instance.free();
}

function within(node, action) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  if (node.matches(SELECTOR)) action(node);
  node.querySelectorAll(SELECTOR).forEach(action);
}

const wasm = await init({ module_or_path: new URL('./dlvm-timeline_bg.wasm', import.meta.url) });
document.querySelectorAll(SELECTOR).forEach(up);
new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.type === 'attributes') {
      down(change.target);
      if (change.target.matches(SELECTOR)) up(change.target);
      continue;
    }
    change.removedNodes.forEach((node) => within(node, (element) => { if (!element.isConnected) down(element); }));
    change.addedNodes.forEach((node) => within(node, up));
  }
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });

// For tests and hosts that want to know: how many instances are mounted, and
// how large the shared WebAssembly memory is (it grows, never shrinks).
export const mounted = () => instances.size;
export const wasmMemoryBytes = () => wasm.memory.buffer.byteLength;
