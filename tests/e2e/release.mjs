// The release as integrators use it (issue 19):
// - the npm package, unpacked and served from a second origin with CORS (as a
//   CDN serves npm packages), used by a page on the first origin under the
//   strict CSP with that origin added: every view renders, with the published
//   `integrity` on embed.js; a wrong hash is refused and the page stays whole;
// - a self-hosted site whose files are replaced in place by the next release
//   while a page stays open: a new instance still mounts, nothing throws, and
//   a fresh load runs the new release only.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fingerprint, sri } from '../../scripts/fingerprint.mjs';
import { STRICT_CSP, equal, startHarness, until } from './harness.mjs';
import { startServer } from './serve.mjs';

const WORK = 'target/e2e-release';
// What embed.js writes in place of an instance whose entry can't load.
const COULD_NOT_LOAD = 'DLVM Support Timeline could not load: reload the page.';
await rm(WORK, { recursive: true, force: true });
await mkdir(WORK, { recursive: true });

// The npm package as `npm pack` wrote it, unpacked.
execFileSync('scripts/npm-package.sh', [join(WORK, 'npm')], { stdio: ['ignore', 'ignore', 'inherit'] });
const [tarball] = (await readdir(join(WORK, 'npm'))).filter((name) => name.endsWith('.tgz'));
execFileSync('tar', ['xzf', join(WORK, 'npm', tarball), '-C', WORK]);
const pkg = join(WORK, 'package');
const { version } = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8'));
// The same package with the whole widget's wasm altered in transit (one
// byte): embed.js's pin for it no longer matches.
await cp(pkg, join(WORK, 'tampered'), { recursive: true });
const fullWasm = (await readdir(pkg)).find((name) => /^dlvm-timeline_bg\.[0-9a-f]{10}\.wasm$/.test(name));
const altered = await readFile(join(pkg, fullWasm));
altered[altered.length - 1] ^= 1;
await writeFile(join(WORK, 'tampered', fullWasm), altered);

// The CDN: the package under /npm/dlvm-timeline@VERSION/, CORS for every
// origin, hashed files cached for good (as the README says to serve them).
const IMMUTABLE = /\.[0-9a-f]{10}\.(js|wasm|css)$/;
const cdnServer = await startServer(WORK, 0, (path) => ({
  'access-control-allow-origin': '*',
  'cache-control': IMMUTABLE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
}), { [`/npm/dlvm-timeline@${version}/`]: pkg, '/tampered/': join(WORK, 'tampered') });
const cdn = `http://127.0.0.1:${cdnServer.address().port}`;
const base = `${cdn}/npm/dlvm-timeline@${version}/`;

// The host: its own pages, under the strict CSP (Trusted Types included)
// with the CDN added to script-src, style-src and connect-src.
const CSP = `${STRICT_CSP
  .replace("script-src 'self'", `script-src 'self' ${cdn}`)
  .replace("style-src 'self'", `style-src 'self' ${cdn}`)}; connect-src 'self' ${cdn}`;
if (!CSP.includes("trusted-types 'none'") || !CSP.includes(`script-src 'self' ${cdn}`)) throw new Error(`CSP: ${CSP}`);
const host = join(WORK, 'host');
await mkdir(host, { recursive: true });
await cp('static/favicon.svg', join(host, 'favicon.svg'));
// The integrity the package publishes (its README's snippet), checked
// against the file it names.
const published = (await readFile(join(pkg, 'README.md'), 'utf8')).match(/integrity="(sha384-[^"]+)"/)?.[1];
const integrity = sri(await readFile(join(pkg, 'embed.js')));
if (published !== integrity) throw new Error(`the README publishes ${published}, embed.js is ${integrity}`);
const page = (title, scriptIntegrity, at = base) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${at}reserve.css">
<script type="module" src="${at}embed.js" integrity="${scriptIntegrity}" crossorigin="anonymous"></script>
</head><body><main><h1>${title}</h1>
<dlvm-timeline id="full" at="2026-05-01"></dlvm-timeline>
<dlvm-timeline id="timeline" view="timeline" framework="tensorflow" at="2026-05-01"></dlvm-timeline>
<dlvm-timeline id="card" view="card" version="pytorch/2.4" at="2026-01-01">PyTorch 2.4 — dates in words</dlvm-timeline>
<p>Our jobs run on <dlvm-timeline id="badge" view="badge" version="tensorflow/2.16" at="2026-05-01">TensorFlow 2.16</dlvm-timeline>.</p>
</main></body></html>`;
await writeFile(join(host, 'cdn.html'), page('From a CDN', published));
await writeFile(join(host, 'cdn-wrong.html'), page('Wrong hash', `sha384-${'A'.repeat(64)}`));
await writeFile(join(host, 'cdn-tampered.html'), page('Tampered wasm', published, `${cdn}/tampered/`));
// The README's import map that pins the glue module too (an inline script:
// the page's CSP allows it by its hash).
const glue = (await readdir(pkg)).find((name) => /^dlvm-timeline\.[0-9a-f]{10}\.js$/.test(name));
const importMap = (hash) => JSON.stringify({ integrity: { [`${base}${glue}`]: hash } });
const withMap = (title, hash) => page(title, integrity)
  .replace('<script type="module"', `<script type="importmap">${importMap(hash)}</script><script type="module"`);
await writeFile(join(host, 'cdn-map.html'), withMap('Import map', sri(await readFile(join(pkg, glue)))));
await writeFile(join(host, 'cdn-map-wrong.html'), withMap('Import map, wrong hash', `sha384-${'B'.repeat(64)}`));
const scriptHash = (hash) => `'sha256-${createHash('sha256').update(importMap(hash)).digest('base64')}'`;

const { open, test, finish, context } = await startHarness({
  dir: host,
  mounts: {},
  headers: (path) => ({
    'content-security-policy': path.includes('-map')
      ? CSP.replace("script-src 'self'", `script-src 'self' ${scriptHash(path.includes('wrong') ? `sha384-${'B'.repeat(64)}` : sri(readFileSync(join(pkg, glue))))}`)
      : CSP,
  }),
});

const views = (p) => p.evaluate(() => ['full', 'timeline', 'card', 'badge'].map((id) => {
  const root = document.getElementById(id).shadowRoot?.querySelector('.dlvm[data-as-of]');
  return root && [root.dataset.view, root.dataset.release, !!document.getElementById(id).shadowRoot.adoptedStyleSheets.length];
}));

await test('the npm package from a second origin (CORS), strict CSP with that origin, published integrity: every view renders', async () => {
  const session = await open('/cdn.html', { waitFor: null });
  await until(session.page, views, [
    ['full', version, true], ['timeline', version, true], ['card', version, true], ['badge', version, true],
  ], 'the four views, from the package, styled');
  equal(await session.page.evaluate(() => window.__violations), [], 'CSP violations');
  equal(session.errors, [], 'console errors');
  equal(session.foreign.every((url) => url.startsWith(base)), true, `requests beyond the package: ${session.foreign}`);
  equal(session.foreign.some((url) => url.endsWith('.wasm')), true, 'the wasm came from the CDN');
  // "Open in full view" points at the package's own pages.
  const link = await session.page.evaluate(() => document.getElementById('card').shadowRoot.querySelector('.dlvm-full-link')?.href);
  equal(link?.startsWith(`${base}v/pytorch/2.4.html`), true, `full-view link ${link}`);
  await session.page.close();
});

await test('a wrong integrity hash is refused: nothing runs, the page and its fallback text stay', async () => {
  const session = await open('/cdn-wrong.html', { waitFor: null });
  await session.page.waitForTimeout(500);
  equal(session.errors.some((text) => /integrity/i.test(text)), true, `the browser names the integrity: ${session.errors}`);
  equal(session.errors.filter((text) => !/integrity/i.test(text)), [], 'no other error');
  equal(await session.page.evaluate(() => [customElements.get('dlvm-timeline'), document.getElementById('card').shadowRoot]), [undefined, null], 'no loader ran');
  equal(await session.page.evaluate(() => document.getElementById('card').textContent), 'PyTorch 2.4 — dates in words', 'the fallback text shows');
  equal(session.foreign.some((url) => url.endsWith('.wasm')), false, 'no wasm fetched');
  await session.page.close();
});

await test('a wasm that fails its pinned hash: those instances say so in place, the others render', async () => {
  const session = await open('/cdn-tampered.html', { waitFor: null });
  const said = (p) => p.evaluate(() => ['full', 'timeline', 'card', 'badge'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root?.querySelector('.dlvm[data-as-of]')?.dataset.view ?? root?.textContent ?? null;
  }));
  await until(session.page, said, [COULD_NOT_LOAD, COULD_NOT_LOAD, 'card', 'badge'], 'the widget refused, badges and cards painted');
  // reserve.css lets go of a refused instance: the message takes a line, not a full view's 60em.
  const heights = await session.page.evaluate(() => ['full', 'timeline'].map((id) => document.getElementById(id).getBoundingClientRect().height));
  equal(heights.every((h) => h > 0 && h < 60), true, `one line each: ${heights}`);
  equal(session.errors.length > 0 && session.errors.every((text) => /integrity|could not load/i.test(text)), true,
    `only the refused wasm is named: ${session.errors}`);
  equal(await session.page.evaluate(() => window.__violations), [], 'CSP violations');
  await session.page.close();
});

await test('an import map with integrity pins the glue module too: the right hash loads, a wrong one is refused', async () => {
  const good = await open('/cdn-map.html', { waitFor: null });
  await until(good.page, views, [
    ['full', version, true], ['timeline', version, true], ['card', version, true], ['badge', version, true],
  ], 'the four views with the glue pinned');
  equal([good.errors, await good.page.evaluate(() => window.__violations)], [[], []], 'errors, CSP violations');
  await good.page.close();
  const bad = await open('/cdn-map-wrong.html', { waitFor: null });
  await bad.page.waitForTimeout(500);
  equal(bad.errors.some((text) => /integrity/i.test(text)), true, `the glue is refused: ${bad.errors}`);
  equal(await bad.page.evaluate(() => [customElements.get('dlvm-timeline'), document.getElementById('card').textContent]),
    [undefined, 'PyTorch 2.4 — dates in words'], 'nothing ran; the fallback text shows');
  await bad.page.close();
});

// A self-hosted folder replaced in place by the next release, as `rsync
// --delete` or a CI deploy does it. Release N+1 is N with a catalog one day
// newer (the as_of date in both entries' wasm), fingerprinted again.
/** Adds a <dlvm-timeline> with `attributes` to the open page, into `#parent` or the body. */
const addInstance = (page, attributes, parent = null) => page.evaluate(([attributes, parent]) => {
  const element = document.createElement('dlvm-timeline');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  (parent ? document.getElementById(parent) : document.body).append(element);
}, [attributes, parent]);

async function nextRelease(from, to) {
  await cp(from, to, { recursive: true });
  const wasmNames = (await readdir(to)).filter((name) => name.endsWith('.wasm'));
  equal(wasmNames.length, 2, 'both entries');
  const [older, newer] = ['2026-04-10', '2026-04-11'].map((text) => Buffer.from(text));
  for (const wasmName of wasmNames) {
    const wasm = await readFile(join(to, wasmName));
    let at = wasm.indexOf(older);
    if (at < 0) throw new Error(`${wasmName}: no catalog date to change`);
    for (; at >= 0; at = wasm.indexOf(older, at + 1)) newer.copy(wasm, at);
    await writeFile(join(to, wasmName), wasm);
  }
  await fingerprint(to);
}

await test('a release swapped in place under an open page: a new instance mounts, nothing throws; a fresh load runs N+1 only', async () => {
  const site = join(WORK, 'site');
  const next = join(WORK, 'next');
  await cp('dist', site, { recursive: true });
  await nextRelease('dist', next);
  const swapPage = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Swap</title><link rel="icon" href="data:,">'
    + '<script type="module" src="embed.js"></script></head><body><main><h1>Swap</h1>'
    + '<dlvm-timeline id="card" view="card" version="pytorch/2.4" at="2026-01-01"></dlvm-timeline>'
    + '<div id="slot"></div></main></body></html>';
  await writeFile(join(site, 'swap.html'), swapPage);
  // Entries revalidated, hashed files cached for good; files read on every request.
  const server = await startServer(site, 0, (path) => ({
    'cache-control': IMMUTABLE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  }), {}, null, { cache: false });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browserPage = await context.newPage();
  const errors = [];
  browserPage.on('pageerror', (e) => errors.push(String(e)));
  browserPage.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const catalogDates = () => browserPage.evaluate(() => [...document.querySelectorAll('dlvm-timeline')]
    .map((h) => h.shadowRoot?.querySelector('.dlvm[data-as-of]')?.dataset.catalogDate ?? null));
  await browserPage.goto(`${origin}/swap.html`);
  await until(browserPage, catalogDates, ['2026-04-10'], 'release N renders');

  // The swap: every old file out, every new file in.
  for (const name of await readdir(site)) if (name !== 'swap.html') await rm(join(site, name), { recursive: true });
  for (const name of await readdir(next)) await cp(join(next, name), join(site, name), { recursive: true });

  await addInstance(browserPage, { view: 'badge', version: 'pytorch/2.7' }, 'slot');
  // The open page keeps release N in memory: its new instance is N's, styled.
  await until(browserPage, catalogDates, ['2026-04-10', '2026-04-10'], 'a new instance after the swap');
  equal(await browserPage.evaluate(() => document.querySelector('#slot dlvm-timeline').shadowRoot.adoptedStyleSheets.length), 1, 'styled');
  equal(errors, [], 'no error on the open page');
  // A timeline needs N's whole widget, which the page never loaded and the
  // host no longer has: it says so in place, never N+1's files, nothing thrown.
  const requested = [];
  browserPage.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(1)));
  await addInstance(browserPage, { id: 'late', view: 'timeline', framework: 'pytorch' }, 'slot');
  await until(browserPage, () => browserPage.evaluate(() => document.getElementById('late').shadowRoot?.textContent ?? null),
    COULD_NOT_LOAD, 'the late timeline says it could not load');
  // (Files whose bytes didn't change keep their names in N+1: those are N's too.)
  const [nextFiles, ownFiles] = [await readdir(next), await readdir('dist')];
  equal(requested.filter((name) => nextFiles.includes(name) && !ownFiles.includes(name)), [], "no N+1 file asked for by N's loader");
  equal(requested.some((name) => /^dlvm-timeline_bg\.[0-9a-f]{10}\.wasm$/.test(name)), true, "N's widget wasm was asked for");
  equal(errors.length > 0 && errors.every((text) => /could not load|404|integrity/i.test(text)), true,
    `only the missing files are named (a 404's body fails the wasm's pin too): ${errors}`);
  errors.length = 0;

  const fresh = await context.newPage();
  const loaded = [];
  fresh.on('response', (r) => loaded.push([new URL(r.url()).pathname.slice(1), r.status()]));
  fresh.on('pageerror', (e) => errors.push(String(e)));
  await fresh.goto(`${origin}/swap.html`);
  const freshDates = () => fresh.evaluate(() => [...document.querySelectorAll('dlvm-timeline')]
    .map((h) => h.shadowRoot?.querySelector('.dlvm[data-as-of]')?.dataset.catalogDate ?? null));
  await until(fresh, freshDates, ['2026-04-11'], 'a fresh load shows release N+1');
  await addInstance(fresh, { view: 'timeline', framework: 'pytorch' });
  await until(fresh, freshDates, ['2026-04-11', '2026-04-11'], "and N+1's whole widget");
  const hashed = loaded.filter(([name]) => IMMUTABLE.test(name));
  equal(hashed.length >= 2 && hashed.every(([name, status]) => nextFiles.includes(name) && status === 200), true,
    `a fresh load fetches N+1's files only: ${JSON.stringify(loaded)}`);
  equal(errors, [], 'no error anywhere');
  await browserPage.close();
  await fresh.close();
  server.close();
});

cdnServer.close();
process.exit((await finish()) ? 1 : 0);
