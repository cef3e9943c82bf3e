// The versions' pages made at build time, and the standalone page's first
// paint, in the browser: every page served in both languages with its
// title; readable with JavaScript off; with it on, the card adds the live
// status without moving what was painted (layout-shift entries, < 0.1) at
// 390 and 1280 px in both schemes; strict CSP; links between the pages.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clean, equal, startHarness } from './harness.mjs';
import { startServer } from './serve.mjs';

const { origin, open, test, finish, context } = await startHarness();
const catalog = JSON.parse(await readFile('static/catalog.json', 'utf8'));
const LAYOUT_SHIFT = () => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};
const inCard = (page, fn) => page.evaluate(`(${fn})(document.querySelector('[data-dlvm-timeline]')?.shadowRoot)`);

await test('every version has its page in both languages, titled with its dates', async () => {
  const months = { en: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '), es: 'ene feb mar abr may jun jul ago sept oct nov dic'.split(' ') };
  const day = (iso, lang) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${months[lang][m - 1]} ${y}`; };
  let pages = 0;
  for (const record of catalog.records) {
    for (const [lang, suffix] of [['en', '.html'], ['es', '.es.html']]) {
      const response = await fetch(`${origin}/v/${record.id}${suffix}`);
      equal(response.status, 200, `${record.id} ${lang}`);
      const html = await response.text();
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
      for (const date of [record.end_of_patch, record.end_of_availability]) {
        if (!title.includes(day(date, lang))) throw new Error(`${record.id} ${lang}: "${title}" lacks ${day(date, lang)}`);
      }
      pages++;
    }
  }
  equal(pages, catalog.records.length * 2, 'pages');
  equal((await fetch(`${origin}/v/index.html`)).status, 200, 'the list');
  // Built without DLVM_BASE_URL: no sitemap, no canonical link (never guessed).
  equal((await fetch(`${origin}/sitemap.xml`)).status, 404, 'no sitemap without a base URL');
  equal((await (await fetch(`${origin}/v/pytorch/2.4.html`)).text()).includes('rel="canonical"'), false, 'no canonical');
});

await test('with JavaScript off, a version page says both dates and what they mean; the standalone page lists versions', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/v/pytorch/2.4.es.html`);
    const text = await page.innerText('body');
    for (const part of ['24 jul 2025', '24 jul 2026', 'Después de esta fecha ya no se pueden usar sus imágenes',
      'Hasta esta fecha Google sigue publicando versiones de imagen nuevas', 'pytorch-2-4-VERSION_DATE-py310',
      'Solo con las fechas: con asistencia (versiones de imagen nuevas) hasta el 24 jul 2025']) {
      if (!text.includes(part)) throw new Error(`no-JS page lacks "${part}"`);
    }
    await page.goto(`${origin}/index.html`);
    const rows = await page.$$eval('.first-paint tbody tr', (trs) => trs.length);
    if (rows < 5) throw new Error(`first paint rows: ${rows}`);
    const link = await page.getAttribute('.first-paint tbody a', 'href');
    equal(link.startsWith('v/pytorch/'), true, `first paint links a version page: ${link}`);
    equal(await page.isVisible('noscript p, main p:has-text("need JavaScript")').catch(() => false) || (await page.innerText('main')).includes('need JavaScript and WebAssembly'), true, 'says what needs JavaScript');
  } finally {
    await browser.close();
  }
});

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark']) {
    await test(`${width} px, ${scheme}: the card adds the live status without moving what was painted`, async () => {
      for (const path of ['/v/pytorch/2.4.html', '/v/containers/tensorflow/2.17.es.html', '/index.html']) {
        const fresh = await context.newPage();
        await fresh.setViewportSize({ width, height: 800 });
        await fresh.emulateMedia({ colorScheme: scheme });
        await fresh.addInitScript(LAYOUT_SHIFT);
        const session = await open(path, { waitFor: null, page: fresh });
        const { page } = session;
        if (path === '/index.html') {
          await page.waitForSelector('.dlvm[data-as-of]');
        } else {
          await page.waitForFunction(() => document.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('[data-selected][data-status]'));
          const live = await inCard(page, (root) => [root.querySelector('[data-selected]').dataset.selected, root.querySelector('[data-selected]').dataset.status]);
          equal(live[0], path.includes('containers') ? 'containers/tensorflow/2.17' : 'pytorch/2.4', `${path}: the card's version`);
          if (!['supported', 'deprecated', 'unavailable', 'upcoming'].includes(live[1])) throw new Error(`status ${live[1]}`);
          // The page keeps its own address: no hash written.
          equal(await page.evaluate(() => location.hash), '', `${path}: no hash added`);
        }
        await page.waitForTimeout(300);
        const cls = await page.evaluate(() => window.__cls);
        console.log(`     ${path} ${width}px ${scheme}: cumulative layout shift ${cls.toFixed(4)}`);
        if (!(cls < 0.1)) throw new Error(`${path}: layout shift ${cls}`);
        clean(session);
        await page.close();
      }
    });
  }
}

await test('a version page follows a date in its hash, then a new one; its card downloads a calendar file and says so; its links go to the timeline and to other versions\' pages', async () => {
  const session = await open('/v/pytorch/2.4.html#/pytorch/2.4?at=2025-01-01', { waitFor: null });
  const { page } = session;
  await page.waitForFunction(() => document.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('[data-selected][data-status]'));
  equal(await inCard(page, (root) => root.querySelector('[data-selected]').dataset.status), 'supported', 'on 2025-01-01');
  const full = await inCard(page, (root) => root.querySelector('.dlvm-full-link').getAttribute('href'));
  equal(full.endsWith('/index.html#/pytorch/2.4?at=2025-01-01'), true, `never a link to itself: ${full}`);
  // A new date in the hash (Back, Forward, an edited address) is followed
  // in place; the card's calendar download is announced in its status region.
  await page.evaluate(() => { location.hash = '#/pytorch/2.4?at=2026-01-01'; });
  await page.waitForFunction(() => document.querySelector('[data-dlvm-timeline]').shadowRoot.querySelector('[data-selected]')?.dataset.status === 'deprecated');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=calendar]')]);
  equal(download.suggestedFilename().endsWith('.ics'), true, `a calendar file: ${download.suggestedFilename()}`);
  await page.waitForFunction((name) => document.querySelector('[data-dlvm-timeline]').shadowRoot.querySelector('[role=status]')?.textContent === `Calendar file ${name} downloaded.`, download.suggestedFilename());
  // Only the status region changed: the button, not written again, keeps focus.
  equal(await inCard(page, (root) => root.activeElement?.dataset.action), 'calendar', 'focus stays on the button');
  await page.goto(`${origin}/v/pytorch/2.4.html`);
  await page.waitForFunction(() => document.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('[data-upgrade-to] a'));
  const advice = await inCard(page, (root) => root.querySelector('[data-upgrade-to] a').getAttribute('href'));
  equal(new URL(advice, page.url()).pathname.endsWith('/v/pytorch/2.9-ubuntu-2404.html'), true, `advice: ${advice}`);
  // The language switch and the list.
  equal(await page.getAttribute('header a[hreflang=es]', 'href'), '2.4.es.html', 'twin');
  clean(session);
  await page.close();
});

await test('a version page and the standalone page render under the strict CSP header', async () => {
  for (const path of ['/strict/v/containers/tensorflow/2.17.html', '/strict/index.html']) {
    const session = await open(path, { waitFor: null });
    const { page } = session;
    if (path.endsWith('index.html')) await page.waitForSelector('.dlvm[data-as-of]');
    else await page.waitForFunction(() => document.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('[data-selected]'));
    equal(await page.evaluate(() => window.__violations), [], `${path}: CSP violations`);
    clean(session);
    await page.close();
  }
});

await test('built with a base URL: canonical links, og:url and a sitemap of every page', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dlvm-base-'));
  try {
    await cp('dist', dir, { recursive: true });
    execFileSync('cargo', ['run', '--quiet', '--bin', 'dlvm-pages', '--', '--out', dir], {
      env: { ...process.env, DLVM_BASE_URL: 'https://docs.example.com/dlvm/' }, stdio: 'pipe',
    });
    const server = await startServer(dir, 0);
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
      const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
      equal(locs.length, catalog.records.length * 2 + 3, 'every page, both lists, index.html');
      for (const record of catalog.records) {
        for (const suffix of ['.html', '.es.html']) {
          if (!locs.includes(`https://docs.example.com/dlvm/v/${record.id}${suffix}`)) throw new Error(`sitemap lacks ${record.id}${suffix}`);
        }
      }
      const page = await (await fetch(`${base}/v/pytorch/2.4.es.html`)).text();
      equal(page.includes('<link rel="canonical" href="https://docs.example.com/dlvm/v/pytorch/2.4.es.html">'), true, 'canonical');
      equal(page.includes('<meta property="og:url" content="https://docs.example.com/dlvm/v/pytorch/2.4.es.html">'), true, 'og:url');
    } finally {
      server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

process.exit(await finish() ? 1 : 0);
