// Where a page's time goes before the widget is interactive, read from the
// browser itself (make bench; not a test): for each kind of page, medians of
// BREAKDOWN_LOADS loads, the pages taking turns.
//
// - download: navigation start → the wasm's last byte (Resource Timing);
// - compile and instantiate: `WebAssembly.compileStreaming`,
//   `instantiateStreaming` and `instantiate`, each from call to resolution,
//   summed, timed by a wrapper the page gets before any script runs;
// - first render: instantiated → every instance on the page rendered (its
//   `.dlvm[data-as-of]`, checked in the page every animation frame from its
//   first, `readyWatch`). It includes the
//   catalog's decode, which runs on the first mount: the published bundle has
//   no marks to tell the two apart, and adding some would cost it bytes;
// - style and layout: the trace's Layout, UpdateLayoutTree and
//   ScheduleStyleRecalculation time until then (Chrome's devtools.timeline;
//   the trace's navigationStart, in blink.user_timing, ties its clock to the
//   page's);
// - lazy compilation: V8 compiles a wasm function the first time it runs
//   (the trace's wasm.CompileLazy, in v8.wasm), inside the first render:
//   how many functions and how long until interactive;
// - interactive: navigation start → every instance rendered.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const BREAKDOWN_LOADS = 15;

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/**
 * Host pages for the embed kinds, written into `dir` (served beside dist/),
 * and the scripted floor of the badge and card pages: the same page with its
 * instances filled in by a tiny module script (floor.js) from text computed
 * here, which is what any script-loaded badge costs at least.
 */
export async function writeHostPages(dir) {
  await mkdir(dir, { recursive: true });
  const page = (title, body, script = '/embed.js') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="/favicon.svg"><script type="module" src="${script}"></script></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
  const versions = ['pytorch/2.4', 'pytorch/2.7', 'tensorflow/2.16', 'base/cu128', 'pytorch/2.9-ubuntu-2404', 'tensorflow/2.17'];
  const badges = versions.concat(versions).map((v) => `<p>Images: <dlvm-timeline view="badge" version="${v}"></dlvm-timeline>.</p>`).join('\n');
  const cards = ['pytorch/2.4', 'tensorflow/2.16'].map((v) => `<dlvm-timeline view="card" version="${v}"></dlvm-timeline>`).join('\n');
  await writeFile(join(dir, 'badges.html'), page('Badges', badges));
  await writeFile(join(dir, 'cards.html'), page('Cards', cards));
  await writeFile(join(dir, 'full.html'), page('Full embed', '<dlvm-timeline></dlvm-timeline>'));
  // A docs page: paragraphs with 12 badges in their sentences and 2 cards
  // between them, text after each (what moves when an instance paints).
  const words = 'Training and serving images are pinned in our deployment manifests and upgraded each quarter.';
  const docs = versions.concat(versions).map((v, i) => `<p>${words} We run <dlvm-timeline view="badge" version="${v}"></dlvm-timeline> for this job. ${words}</p>`
    + (i % 6 === 2 ? `\n<dlvm-timeline view="card" version="${v}"></dlvm-timeline>` : '')).join('\n');
  await writeFile(join(dir, 'docs.html'), page('A docs page', docs));
  await writeFile(join(dir, 'docs-reserved.html'), page('A docs page', docs).replace('</title>', '</title><link rel="stylesheet" href="/reserve.css">'));
  await writeFile(join(dir, 'badges-floor.html'), page('Badges', badges, '/bench-pages/floor.js'));
  await writeFile(join(dir, 'cards-floor.html'), page('Cards', cards, '/bench-pages/floor.js'));
  const catalog = JSON.parse(await readFile('static/catalog.json', 'utf8'));
  const text = Object.fromEntries(catalog.records.filter((r) => versions.includes(r.id))
    .map((r) => [r.id, `${r.label}: end of patch ${r.end_of_patch}, end of availability ${r.end_of_availability}`]));
  await writeFile(join(dir, 'floor.js'), `const TEXT = ${JSON.stringify(text)};
for (const host of document.querySelectorAll('dlvm-timeline')) {
  const root = document.createElement('div');
  root.className = 'dlvm';
  root.dataset.asOf = '';
  root.textContent = TEXT[host.getAttribute('version')] ?? '';
  host.attachShadow({ mode: 'open' }).append(root);
}
`);
}

/**
 * `name`-preload.html beside `name`.html in `dir` (served at `base`): the same
 * page with preload links, in its head, for the files `embed.js` asked for
 * when `name`.html was opened (read from the page's Resource Timing), as the
 * docs integrations write them (`python/dlvm_embed.py`, `preload_tags`).
 */
export async function writePreloadPage(context, base, dir, name) {
  const page = await context.newPage();
  await openUntilReady(page, `${base}/${name}.html`);
  const files = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => !/\/(embed\.js|favicon\.svg)$/.test(path)));
  await page.close();
  const links = files.map((f) => (f.endsWith('.js')
    ? `<link rel="modulepreload" href="${f}">`
    : `<link rel="preload" as="fetch" crossorigin href="${f}">`)).join('');
  const html = await readFile(join(dir, `${name}.html`), 'utf8');
  await writeFile(join(dir, `${name}-preload.html`), html.replace('<script type="module"', `${links}<script type="module"`));
  return files;
}

/** Every instance rendered: the standalone page's widget, each embed's shadow root, or the static table's last row. */
const READY = `() => {
  const standalone = document.querySelector('#dlvm-timeline .dlvm[data-as-of], #static tbody tr:last-child');
  if (standalone) return true;
  const hosts = [...document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')];
  return hosts.length > 0 && hosts.every((h) => h.shadowRoot?.querySelector('.dlvm[data-as-of]'));
}`;

/**
 * An init script (its argument: a readiness check's source): checks every
 * animation frame from the page's first, keeps the time it first holds as
 * `window.__ready`, and says so on the console (`openUntilReady` waits for
 * that). Checking from the page itself, not from the test after `goto`
 * returns: a page ready before then (the static table, the floors) would
 * otherwise be timed when the test's first check arrives.
 */
function readyWatch(ready) {
  const isReady = new Function(`return (${ready})()`);
  const tick = () => {
    if (!isReady()) return requestAnimationFrame(tick);
    window.__ready = performance.now();
    console.log('dlvm-bench: ready');
  };
  requestAnimationFrame(tick);
}

/**
 * Opens `url` in `page`, watching it with `readyWatch` and the readiness
 * check `ready`, and returns once the page is ready, without running
 * anything in it before then. Playwright's `evaluate` and `waitFor…` first inject its own script
 * into the page (9–12 ms of the main thread); asked for once `goto` returned
 * (the load event), that landed in the middle of a page of badges still
 * loading its wasm and made it 12–16 ms later, while the floors, ready
 * before their load event, were untouched.
 */
export async function openUntilReady(page, url, ready = READY) {
  await page.addInitScript(readyWatch, ready);
  const said = page.waitForEvent('console', { predicate: (m) => m.text() === 'dlvm-bench: ready', timeout: 60000 });
  await page.goto(url, { waitUntil: 'commit' });
  await said;
}

async function once(context, url) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // The time the page's compile and instantiate calls take (summed: the
    // loaders compile, then wait for the glue or the stylesheet, then the
    // glue instantiates), and when the last of them ends.
    const timing = { busy: 0, end: null };
    window.__wasm = timing;
    for (const name of ['compileStreaming', 'instantiateStreaming', 'instantiate']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function wrapped(...args) {
        const start = performance.now();
        return original.apply(this, args).then((result) => {
          timing.end = performance.now();
          timing.busy += timing.end - start;
          return result;
        });
      };
    }
  });
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.wasm', transferMode: 'ReportEvents' });
  await openUntilReady(page, url);
  const measured = await page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return { done: window.__ready, wasmEnd: wasm?.responseEnd ?? NaN, compileBusy: window.__wasm.busy, compileEnd: window.__wasm.end, origin: performance.timeOrigin };
  });
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await finished;
  await page.close();
  // Trace timestamps are in microseconds of the browser's monotonic clock;
  // navigationStart ties them to the page's performance.now().
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
  if (!navigation) throw new Error(`${url}: the trace has no navigationStart to time its events from`);
  const until = navigation.ts + measured.done * 1000;
  const before = (names) => events.filter((e) => names.includes(e.name) && e.ts <= until && e.dur);
  const styleAndLayout = before(['Layout', 'UpdateLayoutTree', 'ScheduleStyleRecalculation'])
    .reduce((sum, e) => sum + e.dur / 1000, 0);
  // Every compile, however short (a trace's `dur` is whole microseconds).
  const lazy = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ts <= until && e.dur != null);
  // A page without wasm (the floor, the static table) has neither.
  const wasm = measured.compileEnd != null;
  return {
    download: measured.wasmEnd,
    compile: wasm ? measured.compileBusy : NaN,
    render: wasm ? measured.done - measured.compileEnd : NaN,
    style: styleAndLayout,
    lazyFunctions: wasm ? lazy.length : NaN,
    lazyMs: wasm ? lazy.reduce((sum, e) => sum + e.dur / 1000, 0) : NaN,
    interactive: measured.done,
  };
}

/** `pages`: { name: url }. Returns { name: { download, compile, render, style, lazyFunctions, lazyMs, interactive } } medians. */
export async function breakdown(context, pages, loads = BREAKDOWN_LOADS) {
  const samples = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 0; i < loads; i++) {
    for (const [name, url] of Object.entries(pages)) samples[name].push(await once(context, url));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name,
    Object.fromEntries(['download', 'compile', 'render', 'style', 'lazyFunctions', 'lazyMs', 'interactive'].map((k) => [k, median(list.map((s) => s[k]))]))]));
}

/** The breakdown as a Markdown table. */
export function breakdownTable(result, labels) {
  const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
  const rows = Object.entries(labels).map(([name, label]) => {
    const r = result[name];
    const lazy = Number.isFinite(r.lazyMs) ? `${ms(r.lazyMs)} (${r.lazyFunctions} functions)` : '—';
    return `| ${label} | ${ms(r.download)} | ${ms(r.compile)} | ${ms(r.render)} | ${lazy} | ${ms(r.style)} | ${ms(r.interactive)} |`;
  });
  return ['| page | download (wasm received) | compile + instantiate | first render (incl. catalog decode) | of which lazy compilation | style + layout | interactive |',
    '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * Cumulative layout shift of `url` (layout-shift entries without recent
 * input) at `viewport` from navigation until `after` ms past every instance
 * rendered, median of `loads` loads.
 */
export async function layoutShift(context, url, viewport, loads = 9, after = 1000) {
  const values = [];
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openUntilReady(page, url);
    values.push(await page.evaluate(async (wait) => {
      await new Promise((done) => setTimeout(done, window.__ready + wait - performance.now()));
      return window.__cls;
    }, after));
    await page.close();
  }
  return median(values);
}
