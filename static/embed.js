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
// written before this script loads are upgraded then (on a page with none,
// it is defined at once, and the first that arrives loads its entry). The
// files this loads sit next to it.
//
// Two WebAssembly entries, one core: a page whose instances are all badges
// and cards loads the small one (dlvm-lite: the badge and card painter,
// without Yew); a page with any other view loads the whole widget
// (dlvm-timeline), which paints badges and cards with the same painter. A
// full view or timeline added later to a page of badges loads the widget
// then. All instances of an entry share its one WebAssembly instance.
//
// With data-theme="auto" (the default) an instance is light on a light page
// and dark on a dark one: the loader reads what the page shows behind each
// element (its effective background colour, else its text colour) and puts
// the answer on the element as data-dlvm-scheme="light|dark", which the
// widget's stylesheet follows. It reads again whenever the page may have
// switched (attributes of <html>/<body>, stylesheets, the OS preference,
// transitions), so theme toggles of any docs theme are followed live.
// The attribute form; a <dlvm-timeline> looks after itself (below).
const SELECTOR = '[data-dlvm-timeline]:not(dlvm-timeline)';
const ATTRIBUTES = ['data-dlvm-timeline', 'data-view', 'data-product', 'data-framework', 'data-version', 'data-at',
  'data-lang', 'data-theme', 'data-warn-days', 'data-sync-url'];
const assets = new URL('./', import.meta.url).href;
// The release's files carry a content hash in their names (scripts/
// fingerprint.mjs writes them here at build time), so this loader only ever
// loads its own release's glue, wasm and stylesheet, whatever a cache or a
// host swapping files in place serves for other URLs.
// Each entry's stylesheet: what badges and cards show (cards.css), and the
// whole widget's (style.css: the same and its head, chart, table, lookup…),
// so a page of badges and cards never downloads the rest.
const STYLESHEETS = {
  lite: new URL('./cards.css', import.meta.url).href,
  full: new URL('./style.css', import.meta.url).href,
};
const instances = new Map();

// Each entry's glue, and its wasm with the wasm's integrity (written here at
// build time: a page that pins embed.js with `integrity` pins the wasm too).
const ENTRIES = {
  lite: ['./dlvm-lite.js', './dlvm-lite_bg.wasm WASM_INTEGRITY'],
  full: ['./dlvm-timeline.js', './dlvm-timeline_bg.wasm WASM_INTEGRITY'],
};
// The views the small entry paints (`ViewKind::painted_by_lite` in the
// core); it declines any other, and says so by mounting nothing.
const LITE_VIEWS = ['badge', 'card'];
const viewOf = (element) => element.getAttribute(element.localName === 'dlvm-timeline' ? 'view' : 'data-view');
const needsFull = (element) => !LITE_VIEWS.includes(viewOf(element));
// Loaded entries ({ mount, memory }) and the ones on their way, by name.
const loaded = {};
const loading = {};
function load(name) {
  loading[name] ??= (async () => {
    const [glue, wasm] = ENTRIES[name];
    const [path, integrity] = wasm.split(' ');
    // The wasm's and the stylesheet's downloads start with the glue's, not
    // after it, and the wasm is compiled as soon as it has arrived (and
    // passed its integrity check), while the glue loads (as start.js does).
    // Served as another type than application/wasm, or with an error status,
    // the glue gets the response: its slower compile, or its error.
    const compiled = fetch(new URL(path, import.meta.url), { integrity })
      .then((r) => (r.ok && /^application\/wasm/.test(r.headers.get('content-type')) ? WebAssembly.compileStreaming(r) : r));
    const sheet = constructed(STYLESHEETS[name]);
    const [module, binary] = await Promise.all([import(glue), compiled]);
    const { memory } = await module.default({ module_or_path: binary });
    loaded[name] = { mount: module.mount, memory, sheet: await sheet, stylesheet: STYLESHEETS[name] };
  })();
  return loading[name];
}

// A stylesheet fetched once for every instance (a constructed stylesheet:
// no <style> element, so a strict CSP allows it); null when it can't be.
function constructed(url) {
  return fetch(url)
    .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
    .then((css) => new CSSStyleSheet().replace(css))
    .catch(() => null);
}

// A computed colour as [r, g, b, alpha], each 0–255, whatever its form
// (rgb(), or the oklch(), lab() or color() that modern colours compute to,
// as on Tailwind 4 sites): painted on one pixel and read back in sRGB.
let pixel;
const rgba = (colour) => {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = colour;
  pixel.fillRect(0, 0, 1, 1);
  return pixel.getImageData(0, 0, 1, 1).data;
};
// Relative luminance (WCAG) of [r, g, b].
const luminance = (rgb) => rgb.slice(0, 3).reduce((sum, c, i) => {
  const s = c / 255;
  return sum + [0.2126, 0.7152, 0.0722][i] * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
}, 0);
// The flat tree, as the page is painted: an element slotted into a web
// component shows over that component's shadow tree, not its light parent.
const parentOf = (node) => node.assignedSlot ?? node.parentElement ?? node.getRootNode()?.host;

const darkOS = matchMedia('(prefers-color-scheme: dark)');

// What the page shows behind `element`: its backgrounds composited over
// each other from the first opaque one. With none, the canvas: dark when
// the page's color-scheme makes it so, or when its text is light (a dark
// page painted by an image). Dark means white text contrasts more than
// black: luminance below 0.179.
function schemeBehind(element) {
  const layers = [];
  for (let node = element; node && layers.at(-1)?.[3] !== 255; node = parentOf(node)) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const darkCanvas = /dark/.test(scheme) && (!/light/.test(scheme) || darkOS.matches)
    || luminance(rgba(getComputedStyle(element).color)) > 0.5;
  let rgb = layers.at(-1)?.[3] === 255 ? layers.pop() : darkCanvas ? [18, 18, 18] : [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) rgb = [r, g, b].map((c, i) => (c * a + rgb[i] * (255 - a)) / 255);
  return luminance(rgb) < 0.179 ? 'dark' : 'light';
}

function follow(element, scheme = schemeBehind(element)) {
  if (element.getAttribute('data-dlvm-scheme') !== scheme) element.setAttribute('data-dlvm-scheme', scheme);
}

let pending = false;
function followAll() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; instances.forEach((_, element) => follow(element)); });
}

// Elements that arrive together (the page's own, a framework's render) are
// mounted together at the end of the current task's work (a microtask):
// the scheme behind each is read first, then all are written, so the page's
// styles are recalculated once rather than once per element.
const arriving = new Set();
function up(element) {
  if (instances.has(element) || !element.isConnected) return;
  if (arriving.size === 0) queueMicrotask(mountArrived);
  arriving.add(element);
}
// Still an instance's element: connected, not mounted yet, and of either
// form (an attribute form whose data-dlvm-timeline went while it waited for
// its entry is no longer one: mounted then, nothing would tear it down).
const awaited = (element) => !instances.has(element) && element.isConnected
  && (element.localName === 'dlvm-timeline' || element.matches(SELECTOR));
function mountArrived() {
  const elements = [...arriving].filter(awaited);
  arriving.clear();
  const schemes = elements.map(schemeBehind);
  elements.forEach((element, i) => mountNow(element, schemes[i]));
}

const shadowOf = (element) => element.shadowRoot ?? element.attachShadow({ mode: 'open' });
// Loads the entry `name`, then mounts `element`. An entry that can't load
// (offline, or a host that replaced this release's files while the page
// stayed open) is said where the instance would be, and in the console; the
// element is marked as mounts mark it, so reserve.css lets the message take
// one line, not the view's typical height.
const loadFor = (name, element) => load(name).then(() => up(element), (error) => {
  follow(element);
  console.error(shadowOf(element).textContent = 'DLVM Support Timeline could not load: reload the page.', error);
});

// Mounts `element` with the whole widget once it is loaded, else with the
// small entry when that can paint it; loads what is missing first.
function mountNow(element, scheme) {
  const entry = loaded.full ?? (needsFull(element) ? null : loaded.lite);
  if (!entry) {
    loadFor(needsFull(element) || loaded.lite ? 'full' : 'lite', element);
    return;
  }
  try {
    follow(element, scheme);
    // With its entry's stylesheet in memory, an instance is styled from its
    // first frame (no flash on an SPA's navigation, nothing to fetch per
    // mount, and a page that stays open across a release swap keeps its
    // styles); else the instance links the stylesheet itself.
    const { sheet } = entry;
    if (sheet) shadowOf(element).adoptedStyleSheets = [sheet];
    const instance = entry.mount(element, assets, sheet ? '' : entry.stylesheet);
    if (instance) instances.set(element, instance);
    // The small entry declined (not a badge or a card): the widget's turn.
    else if (entry === loaded.lite && !loaded.full) loadFor('full', element);
  } catch (error) {
    // (The element names the instance: <dlvm-timeline …> or its data-dlvm-timeline.)
    console.error(element, error);
  }
}

function down(element) {
  const instance = instances.get(element);
  if (!instance) return;
  instances.delete(element);
  instance.unmount();
  instance.free();
}

// (Text and comments, which have no `matches`, hold no instance.)
function within(node, action) {
  if (!node.matches) return;
  if (node.matches(SELECTOR)) action(node);
  node.querySelectorAll(SELECTOR).forEach(action);
}

// What the page holds now decides the first entry; a page with no instance
// yet (an SPA's other pages, with the loader in the site's head) loads none
// until one arrives.
const written = [...document.querySelectorAll(`dlvm-timeline, ${SELECTOR}`)];
// (One that can't load is said on each element, below.)
if (written.length) await load(written.some(needsFull) ? 'full' : 'lite').catch(Boolean);

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
      // A value set to itself (a page morphed in place, Turbo, idiomorph)
      // changes nothing: the instance keeps its state, as the element's does.
      if (change.target.localName === 'dlvm-timeline' || change.oldValue === change.target.getAttribute(change.attributeName)) continue;
      down(change.target);
      if (change.target.matches(SELECTOR)) up(change.target);
      continue;
    }
    change.removedNodes.forEach((node) => within(node, (element) => { if (!element.isConnected) down(element); }));
    change.addedNodes.forEach((node) => within(node, up));
  }
  followAll();
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ATTRIBUTES });

// Theme toggles: a class or attribute on <html> or <body>, a stylesheet
// added or switched, the OS preference, and the transitions themes animate
// their colours with.
const themeWatch = new MutationObserver(followAll);
themeWatch.observe(document.documentElement, { attributes: true });
themeWatch.observe(document.head, { attributes: true, childList: true, subtree: true });
if (document.body) themeWatch.observe(document.body, { attributes: true });
darkOS.addEventListener('change', followAll);
document.addEventListener('transitionend', followAll, true);
addEventListener('load', followAll);

// For tests and hosts that want to know: how many instances are mounted, and
// how large the WebAssembly memory is (each entry's grows, never shrinks).
export const mounted = () => instances.size;
export const wasmMemoryBytes = () => Object.values(loaded).reduce((sum, { memory }) => sum + memory.buffer.byteLength, 0);
