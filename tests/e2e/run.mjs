// End-to-end checks of the standalone page against the release bundle in
// dist/, served on 127.0.0.1 and driven in headless Debian Chromium by
// playwright-core. Prints one line per check and `N passed, N failed` last.
import { mkdir, readFile } from 'node:fs/promises';
import { audit, expectReadable } from './audit.mjs';
import { clean, equal, startHarness, until } from './harness.mjs';
import { pageWeight } from './weight.mjs';

const { origin, context, open, test, finish } = await startHarness();
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
const axeSource = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
const shots = 'target/screenshots';
await mkdir(shots, { recursive: true });

const attr = (page, selector, name) => page.getAttribute(selector, name);
const hash = (page) => page.evaluate(() => location.hash);
const selectedTab = (page) => attr(page, '[role=tab][aria-selected=true]', 'data-framework');
const selected = async (page) => (await page.$('[data-selected]')) && attr(page, '[data-selected]', 'data-selected');
await test('the bundle loads and opens the framework whose support lasts longest', async () => {
  const session = await open('/');
  const { page } = session;
  const known = new Set(['upcoming', 'supported', 'deprecated', 'unavailable']);
  const tab = await selectedTab(page);
  const bars = await page.$$eval('[data-version-id][data-status]', (els) => els.map((e) => e.getAttribute('data-status')));
  equal(bars.filter((s) => !known.has(s)), [], 'unknown statuses');
  // The landing view shows something a reader can still use (on any day
  // some version is supported; if none were, this would say so).
  if (!bars.includes('supported')) throw new Error(`no supported version on the landing tab ${tab}: ${bars}`);
  const rows = await page.$$eval('tr[data-version-id]', (els) => els.length);
  if (rows < 1) throw new Error('no table rows');
  const asOf = await attr(page, '.dlvm', 'data-as-of');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  equal(asOf, today, 'evaluated at the reader\'s local date');
  equal(await hash(page), `#/${tab}`, 'canonical hash written in place');
  clean(session);
  await page.close();
});

await test('the product switch never leads to an empty view', async () => {
  const session = await open('/#/containers/vllm?at=2025-01-01');
  const { page } = session;
  await page.click('.dlvm-product[data-product=vm]');
  await until(page, hash, '#/pytorch?at=2025-01-01', 'the VM images\' landing framework');
  equal(await selectedTab(page), 'pytorch', 'a tab is selected');
  const rows = await page.$$eval('tr[data-version-id]', (els) => els.length);
  if (rows < 1) throw new Error('no rows');
  const labelled = await page.$eval('[role=tabpanel]', (panel) => !!document.getElementById(panel.getAttribute('aria-labelledby')));
  equal(labelled, true, 'the tab panel is labelled by a tab that exists');
  const typed = await open('/#/vllm');
  const notice = await typed.page.textContent('.dlvm-notice');
  if (!notice.includes('VM images have no vLLM inference')) throw new Error(`notice: ${notice}`);
  clean(session);
  clean(typed);
  await page.close();
  await typed.page.close();
});

/**
 * What a page showing the widget transfers (tests/e2e/weight.mjs), against
 * the budgets: the whole widget (the standalone page, a docs page with a
 * full view) and a docs page of badges and cards.
 */
const BUDGETS = [
  { what: 'standalone page', path: '/index.html', budget: 120_000 },
  { what: 'docs page with a full view and a badge', path: '/test/full-embed.html', budget: 120_000 },
  { what: 'docs page with only badges and cards', path: '/test/badges-cards.html', budget: 45_000 },
];

for (const { what, path, budget } of BUDGETS) {
  await test(`transfer (gzip) of a ${what} is within ${budget.toLocaleString('en')} bytes`, async () => {
    const { total, sizes } = await pageWeight(context, origin + path);
    console.log(`     ${path}: ${total} bytes gzip: ${JSON.stringify(sizes)}`);
    if (total > budget) throw new Error(`${path}: ${total} bytes is over the ${budget}-byte budget`);
  });
}

await test('the standalone page and the iframe page render under the strict CSP header', async () => {
  for (const path of ['/strict/index.html#/pytorch/2.4?at=2026-01-01', '/strict/embed.html?view=card&version=pytorch/2.4']) {
    const session = await open(path, { waitFor: null });
    const { page } = session;
    const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    if (!header?.includes("script-src 'self' 'wasm-unsafe-eval'")) throw new Error(`${path}: served without the policy`);
    if (path.includes('index.html')) {
      await page.waitForSelector('.dlvm[data-as-of]');
      equal(await selected(page), 'pytorch/2.4', 'rendered');
    } else {
      await page.waitForFunction(() => document.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('[data-selected]'));
    }
    equal(await page.evaluate(() => window.__violations), [], `${path}: CSP violations`);
    clean(session);
    await page.close();
  }
});

await test('the loaders hand the glue a compiled module; served as application/octet-stream, the response, and the widget still renders', async () => {
  for (const folder of ['/', '/octet/']) {
    for (const path of ['index.html#/pytorch/2.4?at=2026-01-01', 'embed.html?view=card&version=pytorch/2.4']) {
      const at = folder + path;
      // What the glue instantiates (always a compiled module), and what it
      // compiles itself: nothing, or (its slower path) the bytes it read
      // from the response.
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__instantiated = [];
        window.__compiled = [];
        const kind = (what) => (what instanceof WebAssembly.Module ? 'module' : 'bytes');
        for (const [name, log] of [['instantiate', '__instantiated'], ['compile', '__compiled']]) {
          const original = WebAssembly[name];
          WebAssembly[name] = function wrapped(what, ...rest) {
            window[log].push(kind(what));
            return original.call(this, what, ...rest);
          };
        }
      });
      const session = await open(at, { waitFor: null, page });
      if (path.startsWith('index.html')) {
        await page.waitForSelector('.dlvm[data-as-of]');
        equal(await selected(page), 'pytorch/2.4', `${at}: rendered`);
      } else {
        await page.waitForFunction(() => document.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('[data-selected]'));
      }
      const octet = folder === '/octet/';
      equal(await page.evaluate(() => [window.__instantiated, window.__compiled]), [['module'], octet ? ['bytes'] : []],
        `${at}: what the glue instantiated and compiled`);
      equal(session.errors, [], `${at}: console errors`);
      await page.close();
    }
  }
});

await test('dist/catalog.json is published, identical to static/catalog.json', async () => {
  const published = await (await fetch(`${origin}/catalog.json`)).text();
  const source = await readFile('static/catalog.json', 'utf8');
  equal(published === source, true, 'identical');
  equal((await fetch(`${origin}/catalog.schema.json`)).status, 200, 'schema status');
});

await test('each deep-link form opens its view', async () => {
  const cases = [
    ['/#/pytorch', { tab: 'pytorch', selected: null, hash: '#/pytorch' }],
    ['/#/tensorflow/2.16', { tab: 'tensorflow', selected: 'tensorflow/2.16', hash: '#/tensorflow/2.16' }],
    ['/#/tensorflow/2.11-py37', { tab: 'tensorflow', selected: 'tensorflow/2.11-py37', hash: '#/tensorflow/2.11-py37' }],
    ['/#/tensorflow/2.11', { tab: 'tensorflow', selected: 'tensorflow/2.11-py310', hash: '#/tensorflow/2.11-py310' }],
    ['/#/base/cu129-ubuntu-2404', { tab: 'base', selected: 'base/cu129-ubuntu-2404', hash: '#/base/cu129-ubuntu-2404' }],
    ['/#/pytorch/2.4?at=2026-01-01&lang=es',
      { tab: 'pytorch', selected: 'pytorch/2.4', hash: '#/pytorch/2.4?at=2026-01-01&lang=es', asOf: '2026-01-01', lang: 'es', status: 'deprecated' }],
  ];
  for (const [path, want] of cases) {
    const session = await open(path);
    const { page } = session;
    equal(await selectedTab(page), want.tab, `${path} tab`);
    equal(await selected(page), want.selected, `${path} selected`);
    await until(page, hash, want.hash, `${path} canonical hash`);
    if (want.asOf) equal(await attr(page, '.dlvm', 'data-as-of'), want.asOf, `${path} as-of`);
    if (want.lang) equal(await attr(page, '.dlvm', 'lang'), want.lang, `${path} lang`);
    if (want.status) equal(await attr(page, '[data-selected]', 'data-status'), want.status, `${path} status`);
    clean(session);
    await page.close();
  }
});

await test('navigation writes history: Back and Forward restore each view', async () => {
  const session = await open('/#/base?at=2026-05-01');
  const { page } = session;
  await page.click('tr[data-version-id="base/cu128"] button');
  equal(await hash(page), '#/base/cu128?at=2026-05-01', 'after selecting');
  await page.click('[role=tab][data-framework=pytorch]');
  equal(await hash(page), '#/pytorch?at=2026-05-01', 'after choosing PyTorch');
  await page.goBack();
  await until(page, selected, 'base/cu128', 'Back: selection');
  equal(await selectedTab(page), 'base', 'Back: tab');
  await page.goBack();
  await until(page, selected, null, 'Back again: no selection');
  equal(await hash(page), '#/base?at=2026-05-01', 'Back again: hash');
  await page.goForward();
  await until(page, selected, 'base/cu128', 'Forward: selection');
  clean(session);
  await page.close();
});

await test('copy link gives a version its own page (with the chosen date), other views the timeline link', async () => {
  const session = await open('/#/pytorch/2.7?at=2026-03-01');
  const { page } = session;
  const copy = async () => {
    await page.click('[data-action=copy-link]');
    await page.waitForSelector('.dlvm-copy-status:has-text("Link copied")');
    return page.evaluate(() => navigator.clipboard.readText());
  };
  equal(await copy(), `${origin}/v/pytorch/2.7.html#/pytorch/2.7?at=2026-03-01`, 'a version, with its date');
  // In Spanish, without a chosen date: the Spanish page, no hash.
  await page.goto(`${origin}/#/containers/tensorflow/2.17?lang=es`);
  await page.waitForSelector('[data-selected="containers/tensorflow/2.17"]');
  await page.click('[data-action=copy-link]');
  await page.waitForSelector('.dlvm-copy-status:has-text("Vínculo copiado")');
  equal(await page.evaluate(() => navigator.clipboard.readText()), `${origin}/v/containers/tensorflow/2.17.es.html`, 'Spanish page');
  // A framework view stays a timeline link (a fresh load: the language
  // chosen above would stay otherwise).
  await page.goto(`${origin}/index.html?fresh#/base?at=2026-03-01`);
  await page.waitForSelector('[role=tab][data-framework=base][aria-selected=true]');
  await page.click('[data-action=copy-link]');
  await page.waitForSelector('.dlvm-copy-status:has-text("Link copied")');
  equal(await page.evaluate(() => navigator.clipboard.readText()), `${origin}/index.html#/base?at=2026-03-01`, 'framework view');
  clean(session);
  await page.close();
});

await test('changing the as-of date changes statuses and the link', async () => {
  const session = await open('/#/pytorch/2.7?at=2026-03-01');
  const { page } = session;
  equal(await attr(page, '[data-selected]', 'data-status'), 'supported', 'before');
  await page.fill('input[type=date]', '2027-06-01');
  await until(page, (p) => attr(p, '[data-selected]', 'data-status'), 'unavailable', 'after');
  equal(await attr(page, '.dlvm', 'data-as-of'), '2027-06-01', 'data-as-of');
  equal(await hash(page), '#/pytorch/2.7?at=2027-06-01', 'hash');
  equal(await attr(page, 'tr[data-version-id="pytorch/2.7"]', 'data-status'), 'unavailable', 'row');
  clean(session);
  await page.close();
});

await test('the language switch translates the widget and is kept in the link', async () => {
  const session = await open('/#/base/cu128?at=2026-05-01');
  const { page } = session;
  equal(await page.textContent('thead th:nth-child(2)'), 'Version', 'English first');
  await page.selectOption('.dlvm-toolbar select >> nth=0', 'es');
  await until(page, (p) => p.textContent('thead th:nth-child(2)'), 'Versión', 'Spanish header');
  equal(await attr(page, '.dlvm', 'lang'), 'es', 'lang attribute');
  const badge = await page.textContent('[data-selected] .dlvm-badge');
  if (!badge.includes('obsoleta')) throw new Error(`badge: ${badge}`);
  equal(await hash(page), '#/base/cu128?at=2026-05-01&lang=es', 'hash');
  clean(session);
  await page.close();
});

await test('the product switch shows containers, with their own ids and links', async () => {
  const session = await open('/#/containers/pytorch?at=2025-01-01');
  const { page } = session;
  equal(await attr(page, '.dlvm-product[aria-pressed=true]', 'data-product'), 'containers', 'containers chosen');
  const tabs = await page.$$eval('[role=tab]', (els) => els.map((e) => e.dataset.framework));
  equal(tabs, ['tensorflow', 'pytorch', 'base', 'vllm'], 'container frameworks');
  const ids = await page.$$eval('tr[data-version-id]', (els) => els.map((e) => e.dataset.versionId));
  equal(ids.every((id) => id.startsWith('containers/pytorch/')), true, `container ids ${ids}`);
  await page.click('tr[data-version-id="containers/pytorch/2.4"] button');
  equal(await page.$$eval('.dlvm-families code', (els) => els.map((e) => e.textContent)),
    ['us-docker.pkg.dev/deeplearning-platform-release/gcr.io/pytorch-cu124.2-4.py310'], 'container images with copy buttons');
  await page.click('[role=tab][data-framework=pytorch]');
  await page.click('.dlvm-product[data-product=vm]');
  await until(page, hash, '#/pytorch?at=2025-01-01', 'back to VM images');
  equal(await page.$$eval('[role=tab]', (els) => els.map((e) => e.dataset.framework)), ['tensorflow', 'pytorch', 'base'], 'VM frameworks');
  await page.goBack();
  await until(page, (p) => attr(p, '.dlvm-product[aria-pressed=true]', 'data-product'), 'containers', 'Back to containers');
  clean(session);
  await page.close();
});

await test('calendar: a version\'s dates and the ticked versions download as .ics', async () => {
  const session = await open('/#/pytorch/2.7?at=2026-03-01');
  const { page } = session;
  const read = async (action) => {
    const [download] = await Promise.all([page.waitForEvent('download'), action()]);
    return [download.suggestedFilename(), await readFile(await download.path(), 'utf8')];
  };
  const [name, text] = await read(() => page.click('[data-action=calendar]'));
  equal(name, 'dlvm-pytorch-2.7.ics', 'file name');
  equal(text.startsWith('BEGIN:VCALENDAR\r\n'), true, 'an iCalendar file');
  const uids = [...text.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
  equal(uids, ['pytorch/2.7-end-of-patch@dlvm-support-timeline', 'pytorch/2.7-end-of-availability@dlvm-support-timeline'], 'events');
  await page.check('input[data-tick="pytorch/2.7"]');
  await page.check('input[data-tick="pytorch/2.9-ubuntu-2404"]');
  equal(await hash(page), '#/pytorch/2.7?at=2026-03-01', 'ticking is not navigation');
  const [many, both] = await read(() => page.click('[data-action=calendar-ticked]'));
  equal(many, 'dlvm-support-dates.ics', 'file name for several');
  equal((both.match(/^BEGIN:VEVENT\r$/gm) ?? []).length, 4, 'two events per ticked version');
  equal((both.match(/^TRIGGER:-P(90|30|7)D\r$/gm) ?? []).length, 12, 'three alarms per event');
  clean(session);
  await page.close();
});

await test('paste what you run: the result, the latest-image check, its #/lookup/ link and Back', async () => {
  const session = await open('/#/tensorflow?at=2026-11-26');
  const { page } = session;
  const field = '.dlvm-lookup input[name=lookup]';
  const result = (p) => attr(p, '.dlvm-lookup-result', 'data-lookup');
  const dated = 'pytorch-2-4-cu124-v20241118-debian-11-py310';
  await page.fill(field, dated);
  await page.press(field, 'Enter');
  await until(page, selected, 'pytorch/2.4', 'the record it is, selected');
  equal(await result(page), 'found', 'result');
  equal(await hash(page), `#/lookup/${dated}?at=2026-11-26`, 'shareable link');
  equal(await attr(page, '[data-image-built]', 'data-image-built'), '2024-11-18', 'build date');
  const warnings = await page.$$eval('[data-warning]', (els) => els.map((e) => e.getAttribute('data-warning')));
  if (!warnings.includes('newer-image-available')) throw new Error(`warnings: ${warnings}`);
  const advice = await page.textContent('[data-warning=newer-image-available]');
  if (!advice.includes('pytorch-2-4-cu124-debian-11-py310')) throw new Error(`names the family: ${advice}`);
  await page.fill(field, 'tf-2-18-cu123-py310');
  await page.press(field, 'Enter');
  await until(page, result, 'not-in-catalog', 'a version the catalog lacks');
  equal(await selected(page), null, 'nothing selected');
  const closest = await page.$$eval('.dlvm-lookup-result [data-version-id]', (els) => els.map((e) => e.getAttribute('data-version-id')));
  equal(closest, ['tensorflow/2.17', 'tensorflow/2.16', 'tensorflow/2.15'], 'closest versions');
  await page.goBack();
  await until(page, selected, 'pytorch/2.4', 'Back: the previous lookup');
  equal(await page.inputValue(field), dated, 'Back: the field shows its text');
  const fresh = await open(`/#/lookup/${encodeURIComponent(' ' + dated)}?at=2026-11-26`);
  await until(fresh.page, selected, 'pytorch/2.4', 'the link opened afresh');
  clean(session);
  clean(fresh);
  await page.close();
  await fresh.page.close();
});

await test('a bad link shows a polite notice and a sane view', async () => {
  const session = await open('/#/tensorflow/9.9');
  const { page } = session;
  const notice = await page.textContent('.dlvm-notice');
  if (!notice.includes('No version tensorflow/9.9 — showing TensorFlow.')) throw new Error(`notice: ${notice}`);
  equal(await selectedTab(page), 'tensorflow', 'fallback tab');
  const huge = await open(`/#/${'x'.repeat(10000)}`);
  const landing = await open('/');
  equal(await selectedTab(huge.page), await selectedTab(landing.page), 'huge hash falls back to the landing view');
  await landing.page.close();
  clean(session);
  clean(huge);
  await page.close();
  await huge.page.close();
});

await test('reflow at 320 px: nothing but the table scrolls sideways, in both languages', async () => {
  for (const lang of ['en', 'es']) {
    const session = await open(`/#/lookup/pytorch-2-4-cu124-v20241118-debian-11-py310?at=2026-01-01&lang=${lang}`);
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(100);
    const measured = await page.evaluate(() => {
      const widget = document.querySelector('.dlvm');
      const width = document.documentElement.clientWidth;
      // Everything inside the widget ends within the page, except what a
      // scroll container of the widget's own (the table) holds.
      const outside = [...widget.querySelectorAll('*')]
        .filter((e) => !e.closest('.dlvm-scroll') && !e.closest('.dlvm-visually-hidden'))
        .filter((e) => e.getBoundingClientRect().right > width + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className?.baseVal ?? e.className}`);
      return { overflow: document.documentElement.scrollWidth - width, outside: outside.slice(0, 5) };
    });
    equal(measured, { overflow: 0, outside: [] }, `${lang} at 320 px`);
    await page.screenshot({ path: `${shots}/reflow-320-${lang}.png`, fullPage: true });
    clean(session);
    await page.close();
  }
});

await test('a short table and chart far below the screen are never skipped: a full-page screenshot shows them', async () => {
  const session = await open('/#/pytorch?at=2026-01-01');
  const { page } = session;
  await page.setViewportSize({ width: 390, height: 300 });
  const read = (p = page) => p.evaluate(() => {
    const rows = [...document.querySelectorAll('.dlvm-table tbody tr, .dlvm-bar')];
    return {
      // Below one and a half screens, past the margin the browser renders ahead.
      far: document.querySelector('.dlvm-scroll').getBoundingClientRect().top > 1.5 * innerHeight,
      rows: rows.length,
      shown: rows.filter((r) => r.checkVisibility({ contentVisibilityAuto: true })).length,
    };
  });
  const { rows } = await read();
  await until(page, read, { far: true, rows, shown: rows }, 'far below, every row and bar shown');
  await page.screenshot({ path: `${shots}/short-table-full-page-390.png`, fullPage: true });
  clean(session);
  await page.close();
});

await test('a doubled browser font size doubles the widget\'s text; labels stay readable', async () => {
  const sizes = [];
  for (const standard of [16, 32]) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: standard - 3 } });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${origin}/#/pytorch/2.4?at=2026-01-01`);
    await page.waitForSelector('.dlvm[data-as-of]');
    sizes.push(await page.evaluate(() => ['.dlvm', '.dlvm-bar-label', '.dlvm-details p', '.dlvm-table td']
      .map((s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))));
    const measured = await page.evaluate(audit);
    if (standard === 32) {
      expectReadable({ ...measured, instances: 0, mounted: 0 }, 'doubled font, standalone');
      await page.screenshot({ path: `${shots}/font-32px.png` });
    }
    await page.close();
  }
  const [normal, doubled] = sizes;
  equal(doubled.map((size, i) => size / normal[i]), normal.map(() => 2), `text sizes ${normal} → ${doubled}`);
});

for (const scheme of ['light', 'dark']) {
  await test(`screenshot of the ${scheme} theme`, async () => {
    const session = await open('/#/pytorch/2.7?at=2026-03-01');
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    const bg = await page.$eval('.dlvm', (e) => getComputedStyle(e).backgroundColor);
    equal(bg, scheme === 'dark' ? 'rgb(32, 33, 36)' : 'rgb(255, 255, 255)', 'widget background');
    await page.screenshot({ path: `${shots}/widget-${scheme}.png`, fullPage: true });
    await page.close();
  });
}

for (const scheme of ['light', 'dark']) {
  for (const lang of ['en', 'es']) {
    await test(`axe-core: no violations (${scheme}, ${lang})`, async () => {
      const session = await open(`/#/tensorflow/2.16?at=2025-06-01&lang=${lang}`);
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document);
        return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      equal(violations, [], 'violations');
      await page.close();
    });
  }
}

await test('axe-core: no violations with lookup results (found, closest versions)', async () => {
  for (const path of ['/#/lookup/pytorch-2-4-cu124-v20241118-debian-11-py310', '/#/lookup/tf-2-18-cu123-py310?lang=es']) {
    const session = await open(path);
    const { page } = session;
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document);
      return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    equal(violations, [], `${path} violations`);
    await page.screenshot({ path: `${shots}/lookup-${path.includes('pytorch') ? 'found' : 'closest'}.png`, fullPage: true });
    await page.close();
  }
});

process.exit((await finish()) ? 1 : 0);
