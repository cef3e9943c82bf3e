// DLVM Support Timeline — embed loader.
//
// Add once to a page:   <script type="module" src="…/embed.js"></script>
// and anywhere:          <dlvm-timeline view="card" version="pytorch/2.4"></dlvm-timeline>
// or, the same:          <div data-dlvm-timeline data-view="card" data-version="pytorch/2.4"></div>
//
// Every <dlvm-timeline> and [data-dlvm-timeline] element gets its own widget
// instance in its own shadow root; elements added later are mounted, removed
// ones torn down, and an instance whose attributes change is remounted. The
// custom element is defined once the WebAssembly is ready, so
// customElements.whenDefined('dlvm-timeline') means "ready", and elements
// written before this script loads are upgraded then. All instances share
// one WebAssembly instance. The files this loads sit next to it.
//
// With data-theme="auto" (the default) an instance is light on a light page
// and dark on a dark one: the loader reads what the page shows behind each
// element (its effective background colour, else its text colour) and puts
// the answer on the element as data-dlvm-scheme="light|dark", which the
// widget's stylesheet follows. It reads again whenever the page may have
// switched (attributes of <html>/<body>, stylesheets, the OS preference,
// transitions), so theme toggles of any docs theme are followed live.
import init, { mount } from './dlvm-timeline.js';

// The attribute form; a <dlvm-timeline> looks after itself (below).
const SELECTOR = '[data-dlvm-timeline]:not(dlvm-timeline)';
const ATTRIBUTES = ['data-dlvm-timeline', 'data-view', 'data-product', 'data-framework', 'data-version', 'data-at',
  'data-lang', 'data-theme', 'data-warn-days', 'data-sync-url'];
const assets = new URL('./', import.meta.url).href;
// The release's files carry a content hash in their names (scripts/
// fingerprint.mjs writes them here at build time), so this loader only ever
// loads its own release's glue, wasm and stylesheet, whatever a cache or a
// host swapping files in place serves for other URLs.
const stylesheet = new URL('./style.css', import.meta.url).href;
const instances = new Map();

// A computed colour (rgb()/rgba()) as [r, g, b, alpha].
const rgba = (text) => {
  const [r = 0, g = 0, b = 0, a = 1] = (text.match(/[\d.]+/g) ?? []).map(Number);
  return /^rgba?\(/.test(text) ? [r, g, b, a] : [0, 0, 0, 0];
};
// Relative luminance (WCAG) of [r, g, b].
const luminance = (rgb) => rgb.slice(0, 3).reduce((sum, c, i) => {
  const s = c / 255;
  return sum + [0.2126, 0.7152, 0.0722][i] * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
}, 0);
const parentOf = (node) => node.parentElement ?? node.getRootNode()?.host;

// What the page shows behind `element`: its backgrounds composited over
// each other from the first opaque one. With none, the canvas: dark when
// the page's color-scheme makes it so, or when its text is light (a dark
// page painted by an image). Dark means white text contrasts more than
// black: luminance below 0.179.
function schemeBehind(element) {
  const layers = [];
  for (let node = element; node && layers[layers.length - 1]?.[3] !== 1; node = parentOf(node)) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const darkCanvas = /dark/.test(scheme) && (!/light/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches)
    || luminance(rgba(getComputedStyle(element).color)) > 0.5;
  let rgb = layers[layers.length - 1]?.[3] === 1 ? layers.pop() : darkCanvas ? [18, 18, 18] : [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) rgb = [r, g, b].map((c, i) => c * a + rgb[i] * (1 - a));
  return luminance(rgb) < 0.179 ? 'dark' : 'light';
}

function follow(element) {
  const scheme = schemeBehind(element);
  if (element.getAttribute('data-dlvm-scheme') !== scheme) element.setAttribute('data-dlvm-scheme', scheme);
}

let pending = false;
function followAll() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; instances.forEach((_, element) => follow(element)); });
}

function up(element) {
  if (instances.has(element) || !element.isConnected) return;
  try {
    follow(element);
    // With the stylesheet in memory, an instance is styled from its first
    // frame (no flash on an SPA's navigation, nothing to fetch per mount,
    // and a page that stays open across a release swap keeps its styles);
    // else the instance links the stylesheet itself.
    if (sheet) (element.shadowRoot ?? element.attachShadow({ mode: 'open' })).adoptedStyleSheets = [sheet];
    const instance = mount(element, assets, sheet ? '' : stylesheet);
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

// The wasm is fetched with its integrity (written here at build time): a
// page that pins embed.js with `integrity` pins the wasm with it.
// The widget's stylesheet, fetched once for every instance (a constructed
// stylesheet: no <style> element, so a strict CSP allows it).
const sheetLoaded = fetch(stylesheet)
  .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
  .then((css) => new CSSStyleSheet().replace(css))
  .catch(() => null);
const wasm = await init({
  module_or_path: fetch(new URL('./dlvm-timeline_bg.wasm', import.meta.url), { integrity: 'WASM_INTEGRITY' }),
});
const sheet = await sheetLoaded;

// <dlvm-timeline>: the embed attributes without `data-`. The browser tells
// the element itself when it arrives, leaves or changes, in any tree (a
// framework's render, another shadow root).
const remount = (element) => { down(element); up(element); };
if (!customElements.get('dlvm-timeline')) {
  customElements.define('dlvm-timeline', class extends HTMLElement {
    static observedAttributes = ATTRIBUTES.map((name) => name.slice(5));
    connectedCallback() { up(this); followAll(); }
    disconnectedCallback() { down(this); }
    attributeChangedCallback(name, old, value) { if (old !== value && instances.has(this)) remount(this); }
  });
}
document.querySelectorAll(SELECTOR).forEach(up);
new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.type === 'attributes') {
      if (change.target.localName === 'dlvm-timeline') continue;
      down(change.target);
      if (change.target.matches(SELECTOR)) up(change.target);
      continue;
    }
    change.removedNodes.forEach((node) => within(node, (element) => { if (!element.isConnected) down(element); }));
    change.addedNodes.forEach((node) => within(node, up));
  }
  followAll();
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });

// Theme toggles: a class or attribute on <html> or <body>, a stylesheet
// added or switched, the OS preference, and the transitions themes animate
// their colours with.
const themeWatch = new MutationObserver(followAll);
themeWatch.observe(document.documentElement, { attributes: true });
themeWatch.observe(document.head, { attributes: true, childList: true, subtree: true });
if (document.body) themeWatch.observe(document.body, { attributes: true });
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', followAll);
document.addEventListener('transitionend', followAll, true);
addEventListener('load', followAll);

// For tests and hosts that want to know: how many instances are mounted, and
// how large the shared WebAssembly memory is (it grows, never shrinks).
export const mounted = () => instances.size;
export const wasmMemoryBytes = () => wasm.memory.buffer.byteLength;
