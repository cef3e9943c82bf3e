// `make bench`: measures the release bundle and writes BENCHMARKS.md.
// - transfer size (gzip) of what each kind of page loads (tests/e2e/weight.mjs);
// - navigation start → the widget's first render, median of 20 loads, beside
//   a static HTML page with the same catalog as a plain table (same run);
// - re-render time after choosing another framework and after changing the
//   as-of date, with the shipped catalog and a generated one of 2,000 records.
// A benchmark, not a test in `make test`: it writes the numbers, then fails
// (exit 1, after writing) when a figure is past its target (TARGETS below:
// issue 20's figures), naming each.
import { chromium } from 'playwright-core';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.mjs';
import {
  breakdown, breakdownTable, BREAKDOWN_LOADS, layoutShift, openUntilReady, writeHostPages, writePreloadPage,
} from '../bench/breakdown.mjs';
import { pageWeight } from './weight.mjs';

const LOADS = 20;
const RENDERS = 20;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;


let staticRows = 0;

/** The static comparison page: the shipped catalog as a plain HTML table. */
async function staticPage(dir) {
  const catalog = JSON.parse(await readFile('static/catalog.json', 'utf8'));
  const esc = (s) => String(s ?? '—').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = catalog.records.map((r) => `<tr><td>${esc(r.id)}</td><td>${esc(r.label)}</td><td>${esc(r.python)}</td>`
    + `<td>${esc(r.cuda)}</td><td>${esc(r.os)}</td><td>${esc(r.end_of_patch)}</td><td>${esc(r.end_of_availability)}</td></tr>`).join('\n');
  await mkdir(dir, { recursive: true });
  staticRows = catalog.records.length;
  await writeFile(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>static</title></head>
<body><main><h1>Deep Learning VM framework support timeline</h1><table id="static">
<thead><tr><th>Id</th><th>Version</th><th>Python</th><th>CUDA</th><th>OS</th><th>End of patch</th><th>End of availability</th></tr></thead>
<tbody>${rows}</tbody></table></main></body></html>`);
}

const profile = await mkdtemp(join(tmpdir(), 'dlvm-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc',
    '--enable-precise-memory-info'],
  viewport: { width: 1200, height: 900 },
});
// Records when `selector` first matches, in ms since navigation start, and
// says so on the console (see `openUntilReady` for why not `waitForFunction`).
await context.addInitScript(() => {
  const selector = '.dlvm[data-as-of] tbody tr, #static tbody tr:last-child';
  const seen = () => {
    if (window.__firstRender === undefined && document.querySelector(selector)) {
      window.__firstRender = performance.now();
      console.log(`dlvm-bench: first ${window.__firstRender}`);
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
});

async function firstRender(url) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    const first = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('dlvm-bench: first '), timeout: 60000 });
    await page.goto(url, { waitUntil: 'commit' });
    times.push(Number((await first).text().slice('dlvm-bench: first '.length)));
    await page.close();
  }
  return median(times);
}

/**
 * An init script: the benchmark's action number `i` as `window.__act` — a
 * framework switch (the next tab) or a date change (two dates in turn).
 */
function installAct() {
  window.__act = (action, i) => {
    if (action === 'framework') {
      const tabs = [...document.querySelectorAll('[role=tab]')];
      tabs[(i + 1) % tabs.length].click();
    } else {
      const input = document.querySelector('input[type=date]');
      input.value = i % 2 ? '2026-11-26' : '2025-03-01';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
}

/**
 * Median time from an action to the end of the widget's render (next
 * macrotask), and to the end of the task that wrote its last row: a long
 * chart or table is written over the frames that follow (`aria-busy` until
 * whole). The next action waits for that.
 */
async function rerender(url, action) {
  const page = await context.newPage();
  await page.addInitScript(installAct);
  await page.goto(url);
  await page.waitForSelector('.dlvm[data-as-of]');
  const times = await page.evaluate(async ({ action, count }) => {
    const macrotask = () => new Promise((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    });
    const results = [];
    for (let i = 0; i < count; i++) {
      await macrotask();
      const t0 = performance.now();
      window.__act(action, i);
      await macrotask();
      const render = performance.now() - t0;
      while (document.querySelector('.dlvm [aria-busy]')) {
        // A part never made whole is a bug, not a slow figure.
        if (performance.now() - t0 > 5000) throw new Error(`${action} ${i}: still aria-busy after 5 s`);
        await macrotask();
      }
      results.push([render, performance.now() - t0]);
    }
    return results;
  }, { action, count: RENDERS });
  const renders = times.map(([render]) => render);
  const rows = await page.$$eval('tr[data-version-id], .dlvm-bar[data-version-id]', (e) => e.length);
  const layout = await styleAndLayout(page, action);
  await page.close();
  return { median: median(renders), max: Math.max(...renders), whole: median(times.map(([, whole]) => whole)), rows, ...layout };
}

/**
 * What the browser does after a render, before the frame shows it (not in
 * the figure above, which ends at the next macrotask): the style
 * recalculation and layout of each of FRAME_ACTIONS more actions, read from
 * the trace (devtools.timeline), medians.
 */
const FRAME_ACTIONS = 9;
async function styleAndLayout(page, action) {
  const cdp = await page.context().newCDPSession(page);
  const style = [];
  const layout = [];
  for (let i = 0; i < FRAME_ACTIONS; i++) {
    const events = [];
    const collect = ({ value }) => events.push(...value);
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await page.evaluate(async ({ action, i }) => {
      window.__act(action, i);
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 20)));
    }, { action, i });
    const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await finished;
    cdp.off('Tracing.dataCollected', collect);
    const sum = (name) => events.filter((e) => e.name === name && e.dur).reduce((t, e) => t + e.dur / 1000, 0);
    style.push(sum('UpdateLayoutTree'));
    layout.push(sum('Layout'));
  }
  await cdp.detach();
  return { style: median(style), layout: median(layout) };
}

const LATENCY_MS = 40;
const LATENCY_LOADS = 10;
/**
 * Navigation start → every instance rendered (`readyWatch`), medians of
 * LATENCY_LOADS loads, the pages taking turns, with `latency` ms added to
 * every request (Chrome's network emulation; 0: none).
 */
async function readyWithLatency(pages, latency) {
  const times = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 0; i <= LATENCY_LOADS; i++) {
    for (const [name, url] of Object.entries(pages)) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
      await openUntilReady(page, url);
      // The first round warms the server and the browser's processes.
      if (i > 0) times[name].push(await page.evaluate(() => window.__ready));
      await page.close();
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
}

await writeHostPages('target/bench-pages');
const dist = await startServer('dist', 0, () => ({}), { '/test/': 'tests/e2e/pages', '/bench-pages/': 'target/bench-pages' });
const bench = await startServer('target/bench-dist');
await staticPage('target/bench-static');
const statics = await startServer('target/bench-static');
const at = (server, path = '/') => `http://127.0.0.1:${server.address().port}${path}`;

// What each kind of page transfers.
const WEIGHT_LABELS = {
  standalone: ['standalone page (`index.html`)', '/index.html'],
  fullEmbed: ['docs page with a full view and a badge', '/test/full-embed.html'],
  badgesCards: ['docs page with badges and cards (3 + 2)', '/test/badges-cards.html'],
  share: ['a version\'s page (`v/pytorch/2.4.html`, its card)', '/v/pytorch/2.4.html'],
};
const weights = {};
for (const [name, [, path]] of Object.entries(WEIGHT_LABELS)) weights[name] = await pageWeight(context, at(dist, path));
const widgetFirst = await firstRender(at(dist, '/#/tensorflow'));
const staticFirst = await firstRender(at(statics));
/**
 * First contentful paint and time to interactive (the widget's first render:
 * the standalone widget, or a version page's card in its shadow root; checked
 * in the page every animation frame from its first, `readyWatch`, so at frame
 * granularity), medians of PAINT_LOADS
 * loads, the pages taking turns so that a slower moment of the machine
 * weighs on all of them alike.
 */
const PAINT_LOADS = 30;
async function paintAndReady(pages) {
  const out = Object.fromEntries(Object.keys(pages).map((k) => [k, { fcp: [], tti: [] }]));
  for (let i = 0; i < PAINT_LOADS; i++) {
    for (const [name, [url, ready]] of Object.entries(pages)) {
      const page = await context.newPage();
      await openUntilReady(page, url, ready);
      const [paint, interactive] = await page.evaluate(async () => {
        let entry = performance.getEntriesByName('first-contentful-paint')[0];
        while (!entry) {
          await new Promise(requestAnimationFrame);
          entry = performance.getEntriesByName('first-contentful-paint')[0];
        }
        return [entry.startTime, window.__ready];
      });
      out[name].fcp.push(paint);
      out[name].tti.push(interactive);
      await page.close();
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { fcp: median(v.fcp), tti: median(v.tti) }]));
}
const paints = await paintAndReady({
  static: [at(statics), "() => document.querySelector('#static tbody tr:last-child')"],
  standalone: [at(dist, '/index.html'), "() => document.querySelector('.dlvm[data-as-of] tbody tr')"],
  share: [at(dist, '/v/pytorch/2.4.html'), "() => document.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('[data-selected][data-status]')"],
});
// Where the time goes, page by page (tests/bench/breakdown.mjs).
const BREAKDOWN_LABELS = {
  standalone: 'standalone page (`index.html`)',
  share: 'a version\'s page (`v/pytorch/2.4.html`, its card)',
  badges: 'badges only (12 `<dlvm-timeline view="badge">`)',
  cards: 'cards only (2)',
  full: 'full view embedded',
  badgesFloor: 'scripted floor: the badges page filled by a tiny script',
  cardsFloor: 'scripted floor: the cards page filled by a tiny script',
  static: 'static HTML table',
};
const parts = await breakdown(context, {
  standalone: at(dist, '/index.html'),
  share: at(dist, '/v/pytorch/2.4.html'),
  badges: at(dist, '/bench-pages/badges.html'),
  cards: at(dist, '/bench-pages/cards.html'),
  full: at(dist, '/bench-pages/full.html'),
  badgesFloor: at(dist, '/bench-pages/badges-floor.html'),
  cardsFloor: at(dist, '/bench-pages/cards-floor.html'),
  static: at(statics),
});
// The pages of badges and cards with the preload links the docs
// integrations write, and all of them again under a network's latency.
for (const name of ['badges', 'cards']) await writePreloadPage(context, at(dist, '/bench-pages'), 'target/bench-pages', name);
const LATENCY_PAGES = Object.fromEntries(['badges', 'badges-preload', 'badges-floor', 'cards', 'cards-preload', 'cards-floor']
  .map((name) => [name, at(dist, `/bench-pages/${name}.html`)]));
const latency = { local: await readyWithLatency(LATENCY_PAGES, 0), network: await readyWithLatency(LATENCY_PAGES, LATENCY_MS) };
// Layout shift of a docs page with 12 badges and 2 cards, at 1280 and 390 px.
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 390, height: 844 };
const shift = {
  wide: await layoutShift(context, at(dist, '/bench-pages/docs.html'), WIDE),
  narrow: await layoutShift(context, at(dist, '/bench-pages/docs.html'), NARROW),
  reservedWide: await layoutShift(context, at(dist, '/bench-pages/docs-reserved.html'), WIDE),
  reservedNarrow: await layoutShift(context, at(dist, '/bench-pages/docs-reserved.html'), NARROW),
};
const sharePageBytes = gzipSync(await readFile('dist/v/pytorch/2.4.html'), { level: 9 }).length;

const real = {
  framework: await rerender(at(dist, '/#/tensorflow'), 'framework'),
  date: await rerender(at(dist, '/#/pytorch'), 'date'),
};
const generated = {
  framework: await rerender(at(bench, '/?records=2000#/tensorflow'), 'framework'),
  date: await rerender(at(bench, '/?records=2000#/pytorch'), 'date'),
};

// Host-page robustness: 50 instances on one page, and 1,000 mounts/unmounts
// (helpers in tests/e2e/pages/many.js).
async function manyPage() {
  const page = await context.newPage();
  await page.goto(at(dist, '/test/many.html'));
  await page.waitForFunction(() => window.dlvmTest);
  return page;
}

async function fiftyInstances() {
  const renders = [];
  const clicks = [];
  for (let i = 0; i < 5; i++) {
    const page = await manyPage();
    renders.push(await page.evaluate(() => window.dlvmTest.insert(50)));
    clicks.push((await page.evaluate(() => window.dlvmTest.clickFull()))[0]);
    await page.close();
  }
  return { render: median(renders), click: median(clicks) };
}

async function mountCycles() {
  const page = await manyPage();
  const points = await page.evaluate(async () => {
    const t = window.dlvmTest;
    await t.cycle(100);
    const out = [[0, ...t.memory()]];
    for (let k = 1; k <= 4; k++) {
      await t.cycle(250);
      out.push([k * 250, ...t.memory()]);
    }
    return out;
  });
  await page.close();
  return points;
}

const fifty = await fiftyInstances();
const cycles = await mountCycles();

await context.close();
for (const s of [dist, bench, statics]) s.close();
await rm(profile, { recursive: true, force: true });

const chromiumVersion = context.browser()?.version() ?? 'Debian chromium';
const report = `# Benchmarks

Reproduce with \`make bench\` (builds the release bundle and the benchmark page, then runs
\`tests/e2e/bench.mjs\` in headless Debian Chromium; rewrites this file). Numbers are from one run on
the development machine (${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}), ${new Date().toISOString().slice(0, 10)}.
They vary run to run by a few percent; compare ratios, not absolute times.

## Transfer size (gzip -9) of what each page loads

Every file a page loads from the bundle until every instance rendered, as the browser asked for it
(\`tests/e2e/weight.mjs\`; the host's own page and icon not counted). \`make test\` fails over the budgets:
120,000 for the whole widget, 45,000 for a page of badges and cards (issue 20's figures).

| page | files | bytes |
|---|---|---|
${Object.entries(WEIGHT_LABELS).map(([name, [label]]) => `| ${label} | ${Object.entries(weights[name].sizes).map(([f, b]) => `${f.replace(/\.[0-9a-f]{10}\./, '.')} ${b}`).join(', ')} | **${weights[name].total}** |`).join('\n')}

${await readFile('tests/bench/size-history.md', 'utf8')}

## First render

Navigation start → the first table row of the widget in the DOM, median of ${LOADS} loads each, in the
same run as a static HTML page with the same catalog as a plain table (${staticRows} rows).

| page | median |
|---|---|
| widget (\`dist/\`, \`#/tensorflow\`) | ${ms(widgetFirst)} |
| static HTML table | ${ms(staticFirst)} |
| **ratio** | **${(widgetFirst / staticFirst).toFixed(2)}×** |

## First paint and interactive, with pages made at build time

First contentful paint (the browser's paint timing) and the moment the widget is interactive (its first
render: the standalone widget's table, or a version page's card with its status), medians of ${PAINT_LOADS}
loads each (the three pages taking turns), same run, against the static table page above. The standalone page paints the landing
framework's versions and dates made at build time, then the widget replaces them; a version page paints
its facts and dates, then its card mounts beside them. "Interactive" is checked in the page every animation
frame from its first (\`readyWatch\` in \`tests/bench/breakdown.mjs\`; until 2026-12-04 it was checked from the
test once the page had loaded, which timed a page ready before then, such as the static table and the floors,
when that first check arrived: 10–20 ms late, and every ratio against them too kind). The test runs nothing in
the page until it is ready: it waits for the page's console message (\`openUntilReady\`). Until a later change the same day it
asked Playwright to wait once the page had loaded, and Playwright's own script, injected for that, ran in the
middle of a page of badges or cards still loading its wasm (9–12 ms of the main thread): those pages were
measured 12–16 ms late (an A/B of 15 loads each), the floors, ready before they had loaded, were not.

| page | first contentful paint | vs static | interactive | vs static |
|---|---|---|---|---|
| static HTML table | ${ms(paints.static.fcp)} | 1.00× | ${ms(paints.static.tti)} | 1.00× |
| standalone page (\`dist/index.html\`) | ${ms(paints.standalone.fcp)} | ${(paints.standalone.fcp / paints.static.fcp).toFixed(2)}× | ${ms(paints.standalone.tti)} | ${(paints.standalone.tti / paints.static.tti).toFixed(2)}× |
| a version's page (\`v/pytorch/2.4.html\`, ${sharePageBytes} bytes gzip) | ${ms(paints.share.fcp)} | ${(paints.share.fcp / paints.static.fcp).toFixed(2)}× | ${ms(paints.share.tti)} | ${(paints.share.tti / paints.static.tti).toFixed(2)}× |

## Where the time goes

From the browser's own timings (Resource Timing, a wrapper around \`WebAssembly\`'s compile and instantiate
calls, the \`devtools.timeline\`, \`blink.user_timing\` and \`v8.wasm\` trace), medians of ${BREAKDOWN_LOADS} loads each, the pages taking turns
(\`tests/bench/breakdown.mjs\`). "Download" is navigation start → the wasm's last byte (the page, then
\`embed.js\` or \`start.js\`, the glue and the wasm, one after another). "Compile + instantiate" is the time
the page's calls take: the loaders start \`compileStreaming\` once the wasm has arrived and passed its
integrity check, then the glue instantiates the module (waiting between them for the glue or the
stylesheet is not counted). "First render" runs from instantiated to every
instance rendered and includes the catalog's decode (the published bundle carries no marks to separate it).
"Style + layout" is the trace's Layout and style-recalculation time until interactive (it overlaps the rest).
"Lazy compilation" is the part of the first render V8 spends compiling each wasm function the first time it
runs (the trace's \`wasm.CompileLazy\`): Chrome compiles a module's functions on first call, and a page can't ask
for them sooner (V8's compilation-hints section is experimental, off by default). Fewer functions on the first
render's path is what shortens it.

${breakdownTable(parts, BREAKDOWN_LABELS)}

What a page of badges waits on, read from traces (2026-12-04): \`embed.js\` runs when the page is parsed (as
the floor's script does) and asks for the glue, the wasm and \`cards.css\` at once; the page's first layout
(5–10 ms in a fresh renderer) and first frame come while the wasm is on its way, so the badges are ready one
frame after the floor's, which wrote its badges before that first layout. Once the wasm is in, compiling and
instantiating take the time the table gives and mounting every badge 7–9 ms (instantiating, the catalog's decode, about 200 functions compiled on
first call, then 0.1–0.2 ms a badge). Preload links for the glue, wasm and stylesheet in the page's head
(the docs integrations write them): a few milliseconds sooner on the local server, a round trip sooner with a
network's latency (the table below; an earlier "7–9 ms sooner" was measured with Playwright's script in the
middle of the load, see "First paint and interactive"). Tried, and no sooner: checking the wasm's hash in
JavaScript (\`crypto.subtle\`) while compiling instead of fetch's \`integrity\` (an A/B of 21 loads each, the
pages taking turns: 65.5 ms median both ways). Reaching
the floor's frame would need the badges in the page before its first layout: written into the page at build
time (as the versions' pages are), not by a script that fetches and instantiates a wasm once the page is parsed.

A page of badges and cards against its scripted floor (the same page, its instances filled by a tiny module
script from text made beforehand: what any script-loaded badge costs at least) and the static table:

| page | interactive | vs its floor | vs static table |
|---|---|---|---|
| badges only | ${ms(parts.badges.interactive)} | ${(parts.badges.interactive / parts.badgesFloor.interactive).toFixed(2)}× | ${(parts.badges.interactive / parts.static.interactive).toFixed(2)}× |
| cards only | ${ms(parts.cards.interactive)} | ${(parts.cards.interactive / parts.cardsFloor.interactive).toFixed(2)}× | ${(parts.cards.interactive / parts.static.interactive).toFixed(2)}× |
| (floor, badges) | ${ms(parts.badgesFloor.interactive)} | 1.00× | ${(parts.badgesFloor.interactive / parts.static.interactive).toFixed(2)}× |

The same pages with the preload links the docs integrations write in a page's head (for the files \`embed.js\`
asks for: the small entry's glue, wasm and \`cards.css\`), on this machine's local server and with ${LATENCY_MS} ms
added to every request (Chrome's network emulation, as a reader a continent away sees a docs site), navigation
start → every instance rendered, medians of ${LATENCY_LOADS} loads, the pages taking turns (a separate run from the
tables above). A page of badges waits for one more round trip than its floor (the page, \`embed.js\`, then its
files); the preload links fetch those files beside \`embed.js\`, so with a network's latency a page of badges
comes within ${(latency.network['badges-preload'] / latency.network['badges-floor']).toFixed(2)}× its floor. Issue 20's figure is the local server's, without them.

| page | local server | vs its floor | ${LATENCY_MS} ms a request | vs its floor |
|---|---|---|---|---|
${['badges', 'cards'].map((kind) => ['', '-preload', '-floor'].map((variant) => {
  const name = kind + variant;
  const label = { '': `${kind} only`, '-preload': `${kind}, with preload links`, '-floor': `(floor, ${kind})` }[variant];
  const floor = latency.local[`${kind}-floor`];
  const floorNet = latency.network[`${kind}-floor`];
  return `| ${label} | ${ms(latency.local[name])} | ${(latency.local[name] / floor).toFixed(2)}× | ${ms(latency.network[name])} | ${(latency.network[name] / floorNet).toFixed(2)}× |`;
}).join('\n')).join('\n')}

Layout shift (CLS: the layout-shift entries' sum, no input) of a docs page with 12 badges in its sentences and
2 cards between its paragraphs, from navigation until 1 s after every instance rendered, median of 9 loads:

| the page | 1280 px | 390 px |
|---|---|---|
| reserves nothing | ${shift.wide.toFixed(3)} | ${shift.narrow.toFixed(3)} |
| links \`reserve.css\` in its head (the README's advice) | ${shift.reservedWide.toFixed(3)} | ${shift.reservedNarrow.toFixed(3)} |

## Re-render

From the action to the end of the render (the next macrotask), median (max) of ${RENDERS}. A chart or table
of more than a screen (more than 400 elements; no framework of the shipped catalog) is written in parts: the
render writes its first 400 elements, the renders after each frame 1,200 more of each, \`aria-busy\` until whole;
"whole" is the median time from the action to the end of the task that wrote the last one. Then, before
the frame shows it, the browser restyles and lays out what changed: its style recalculation + layout for
${FRAME_ACTIONS} more actions, from the trace, medians (not part of the targets' figure; the frame's paint
and compositing not counted; any style or layout the render forces itself, as moving focus does, counted
here).

| catalog | choose another framework | whole | then style + layout | change the as-of date | whole | then style + layout | records on screen (last view) |
|---|---|---|---|---|---|---|---|
| shipped (${staticRows} records) | ${ms(real.framework.median)} (${ms(real.framework.max)}) | ${ms(real.framework.whole)} | ${ms(real.framework.style)} + ${ms(real.framework.layout)} | ${ms(real.date.median)} (${ms(real.date.max)}) | ${ms(real.date.whole)} | ${ms(real.date.style)} + ${ms(real.date.layout)} | ${real.date.rows} |
| generated (2,000 records) | ${ms(generated.framework.median)} (${ms(generated.framework.max)}) | ${ms(generated.framework.whole)} | ${ms(generated.framework.style)} + ${ms(generated.framework.layout)} | ${ms(generated.date.median)} (${ms(generated.date.max)}) | ${ms(generated.date.whole)} | ${ms(generated.date.style)} + ${ms(generated.date.layout)} | ${generated.date.rows} |

Issue 20's targets: 8 ms for the shipped catalog, 16 ms for 2,000 records (the Targets table above). Where a
2,000-record framework switch goes (2026-12-04, \`removeChild\` and \`insertBefore\` timed in the page): taking
the previous chart and table out of the page 10 ms (5.9 and 4.5: 667 bars of 6–7 elements and 21 attributes
each, 169 rows of 17 elements), writing the new ones about 14 ms, building their markup in the wasm about
3 ms, garbage collection about 3 ms, the address's \`pushState\` 1.5 ms (a CPU profile's self times, per
switch). A trial that wrote only the first 700 elements of each (the rest left out) still took 20 ms for a
framework switch and 23.5 ms for a date change (medians of 20; taking out the old parts 4.4 ms, garbage
collection 3.3, the wasm and its glue about 5, \`pushState\` 1.5): writing the rows past the screen in later tasks
would not reach 16 ms alone, then. It did once \`content-visibility\` (below) had made taking out the old chart
and table cheap (their skipped rows have no layout): written in parts since 2026-12-04, a framework switch's
render (CPU profile, per switch, sampling's overhead in it) is about 9.5 ms of Yew's task: building the whole
markup and writing the first 400 elements of the chart and of the table 5.7, the effect's \`pushState\` 2.2,
taking out the old parts 1.6; garbage collection about 2.9 around it. The frame after it (a trace): style and
layout 2.7 + 4.1 ms (the second pass settles which new groups of bars are near the screen), paint 3.1 ms;
before \`[aria-busy] .dlvm-scroll\` skipped a table still being written, laying out its first 23 rows made
that frame 21 ms. Then the renders after each frame write the rest, 1,200 elements of the chart and of the table each, in
tasks of 8–12 ms (a trace; 2,000 each made them 20–25 ms).
\`content-visibility: auto\` on each bar (not in groups) made the render itself twice as slow (76 ms).
Before \`content-visibility\` on the table and the groups of bars (below), with 2,000 versions the style and
layout after the render cost more than the render: about 7,000 elements
restyled and 10,500 layout objects. Hiding the table (a trial) took the layout from 47–49 ms to 16–18 and the
style from 25–28 to 14–16 (2026-12-04: trials on a copy of the benchmark build with its stylesheet changed,
the trace's medians over framework switches and date changes in turn): the table's 169 rows,
1,360 cells, are the larger part. No change past the runs' spread from \`border-collapse: separate\`,
\`table-layout: fixed\`, or the box-sizing reset without \`::before\`/\`::after\`; hiding the table's
checkboxes, row buttons or status badges saved 2–4 ms each. Since 2026-12-04 a long table's container (41 rows
or more) and the chart's groups of 16 bars after the first have \`content-visibility: auto\`: while they are far
off screen the browser skips their style and layout, as hiding them did, and still finds, focuses, prints and
exposes them (short lists never: a full-page screenshot would miss them). From the action to
the frame after it (A/B runs of 20 actions, 2,000 versions): the table's container alone took a framework switch
from 113–119 to 74–78 ms and a date change from 131 to 79–88 ms; the groups of bars then to 37–38 ms and 37–43 ms.
The shipped catalog's frame is unchanged (16–19 ms both ways; no framework has more than 16 bars). What is left
is the render itself: writing the new chart and table and taking out the old ones.

## Host-page robustness

50 instances on one page (badges, cards, timelines and full widgets, inserted at once), median of 5 loads:

| | median |
|---|---|
| all 50 rendered | ${ms(fifty.render)} |
| a click in one of them, to the end of its re-render | ${ms(fifty.click)} |

Mounting and removing an instance 1,000 times (after 100 warm-up cycles), memory after a forced GC:

| cycles | wasm memory (bytes) | JS heap (bytes) |
|---|---|---|
${cycles.map(([n, wasm, heap]) => `| ${n} | ${wasm} | ${heap} |`).join('\n')}

Wasm memory stays flat: apps are pooled and reused (Yew never removes an app's root event listeners, so an
app per mount used to leak a few hundred bytes per cycle). \`tests/e2e/robust.mjs\` fails the build if
1,000 cycles grow wasm memory by more than one 64 KiB page or the JS heap by more than 512 KiB.

${await readFile('tests/bench/scan-results.md', 'utf8').catch(() => '')}`;
// Issue 20's figures: each one past its target is named, and the run fails
// (after writing BENCHMARKS.md).
const TARGETS = [
  ['badge-and-card page transfer ≤ 45,000 bytes', weights.badgesCards.total, 45_000],
  ['whole widget transfer (standalone page) ≤ 120,000 bytes', weights.standalone.total, 120_000],
  ['badges page interactive ≤ 1.3× its floor', parts.badges.interactive / parts.badgesFloor.interactive, 1.3],
  ['cards page interactive ≤ 1.3× its floor', parts.cards.interactive / parts.cardsFloor.interactive, 1.3],
  ['full widget first render ≤ 2.0× the static table', widgetFirst / staticFirst, 2.0],
  ['re-render, shipped catalog, framework ≤ 8 ms', real.framework.median, 8],
  ['re-render, shipped catalog, date ≤ 8 ms', real.date.median, 8],
  ['re-render, 2,000 records, framework ≤ 16 ms', generated.framework.median, 16],
  ['re-render, 2,000 records, date ≤ 16 ms', generated.date.median, 16],
  ['layout shift, docs page with 12 badges and 2 cards (reserve.css), 1280 px, ≤ 0.02', shift.reservedWide, 0.02],
  ['layout shift, docs page with 12 badges and 2 cards (reserve.css), 390 px, ≤ 0.02', shift.reservedNarrow, 0.02],
];
/**
 * What each figure of speed not met would need, from this run's own medians
 * ("Where the time goes"): an instance is ready no sooner than its wasm has
 * arrived and been compiled, and a reader sees it at the page's next frame,
 * on average half a frame later (60 Hz).
 */
function unmetNeeds() {
  const halfFrame = 1000 / 60 / 2;
  const lines = [];
  for (const [page, floor, label] of [['badges', 'badgesFloor', 'A page of badges'], ['cards', 'cardsFloor', 'A page of cards']]) {
    const soonest = parts[page].download + parts[page].compile + halfFrame;
    if (parts[page].interactive / parts[floor].interactive <= 1.3) continue;
    lines.push(`- ${label}: its wasm received at ${ms(parts[page].download)} and compiled in ${ms(parts[page].compile)}, plus half a frame, is ${ms(soonest)} with a mount that cost nothing: ${(soonest / parts[floor].interactive).toFixed(2)}× its floor (${ms(parts[floor].interactive)}, ready at its first frame, before the wasm has arrived); the target is 1.3×. It is ${ms(parts[page].interactive)} now.`);
  }
  if (widgetFirst / staticFirst > 2.0) {
    const arrived = parts.standalone.download + parts.standalone.compile;
    lines.push(`- The first render: the widget's wasm received at ${ms(parts.standalone.download)} and compiled in ${ms(parts.standalone.compile)} leaves ${ms(2 * staticFirst - arrived)} of the target's ${ms(2 * staticFirst)} (2.0× the static table's ${ms(staticFirst)}) to instantiate it, decode the catalog and write the widget up to its first table row; that takes about ${ms(widgetFirst - arrived)} now.`);
  }
  return lines.length ? `
What the figures not met would need, from this run's medians ("Where the time goes"): an instance is ready no
sooner than its wasm has arrived and been compiled, and a reader sees it at the page's next frame, on average
half a frame (${ms(halfFrame)} at 60 Hz) later.

${lines.join('\n')}
` : '';
}
const targets = `## Targets (issue 20)

| figure | now | target | |
|---|---|---|---|
${TARGETS.map(([what, now, target]) => `| ${what} | ${Number.isInteger(now) ? now : now.toFixed(2)} | ${target} | ${now <= target ? 'met' : '**not met**'} |`).join('\n')}

\`make bench\` fails while any figure is past its target.
${unmetNeeds()}`;
await writeFile('BENCHMARKS.md', report.replace('\n## Transfer size', `\n${targets}\n## Transfer size`));
console.log(report);
const missed = TARGETS.filter(([, now, target]) => now > target);
for (const [what, now] of missed) console.error(`bench: past its target: ${what} (now ${Number.isInteger(now) ? now : now.toFixed(2)})`);
process.exit(missed.length ? 1 : 0);
