// The widget without a mouse, a screen or English: axe-core (WCAG 2.0/2.1/
// 2.2 A and AA, best practices) on every view, where focus lands after each
// action, the Tab count from the chart to the details, typing a date digit
// by digit, what the status region says, and the languages a reader's
// browser asks for.
import { readFile } from 'node:fs/promises';
import { clean, equal, startHarness, until } from './harness.mjs';

const { origin, context, open, test, finish } = await startHarness();
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
const axeSource = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axe(page, where) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    // Plus two rules axe keeps experimental, which this widget once broke.
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'label-content-name-mismatch': { enabled: true }, 'target-size': { enabled: true } },
    });
    const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id);
    if (!ran.includes('label-content-name-mismatch') || !ran.includes('target-size')) throw new Error('axe skipped a rule');
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, TAGS);
  equal(violations, [], `${where}: axe violations`);
}

const focused = (page) => page.evaluate(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return 'body';
  if (element.hasAttribute('data-details-heading')) return 'details heading';
  return `${element.tagName.toLowerCase()}${element.type ? `[type=${element.type}]` : ''}.${element.className}`;
});
const status = (page) => page.evaluate(() => document.querySelector('.dlvm [role=status]')?.textContent ?? null);

// Every view a reader can reach, in both products and languages and themes.
const VIEWS = [
  ...['tensorflow', 'pytorch', 'base'].map((f) => `/#/${f}?at=2026-01-01`),
  ...['tensorflow', 'pytorch', 'base', 'vllm'].map((f) => `/#/containers/${f}?at=2025-01-01`),
  '/#/pytorch/2.4?at=2026-01-01',
  '/#/containers/tensorflow/2.17?at=2025-01-01&lang=es',
  '/#/lookup/pytorch-2-4-cu124-v20241118-debian-11-py310?at=2026-01-01',
  '/#/lookup/tf-2-11-cpu?at=2026-01-01',
  '/#/lookup/tf-2-18-cu123-py310?lang=es',
  '/#/tensorflow/9.9?at=2026-01-01',
  '/#/base/cu128?at=2026-05-01&lang=es',
];
let axeCount = 0;
for (const scheme of ['light', 'dark']) {
  await test(`axe-core: no violations on ${VIEWS.length} views (${scheme})`, async () => {
    for (const path of VIEWS) {
      const session = await open(path);
      await session.page.emulateMedia({ colorScheme: scheme });
      await axe(session.page, `${path} ${scheme}`);
      axeCount += 1;
      clean(session);
      await session.page.close();
    }
  });
}
for (const scheme of ['light', 'dark']) {
  await test(`axe-core: no violations on an embedding page (OS ${scheme})`, async () => {
    const session = await open('/demo.html', { waitFor: null });
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    await until(page, (p) => p.evaluate(() => [...document.querySelectorAll('[data-dlvm-timeline]')]
      .every((e) => e.shadowRoot?.querySelector('.dlvm[data-as-of], .dlvm-error'))), true, 'all mounted');
    await page.frameLocator('iframe[data-dlvm-frame]').locator('.dlvm').waitFor();
    await axe(page, `demo.html ${scheme}`);
    axeCount += 1;
    await page.close();
  });
}

// The versions' pages made at build time, with their card mounted, and the
// list of every version.
const SHARE_PAGES = ['/v/pytorch/2.4.html', '/v/containers/tensorflow/2.17.es.html', '/v/base/cu129-ubuntu-2404.html', '/v/index.es.html'];
for (const scheme of ['light', 'dark']) {
  await test(`axe-core: no violations on ${SHARE_PAGES.length} version pages (OS ${scheme})`, async () => {
    for (const path of SHARE_PAGES) {
      const session = await open(path, { waitFor: null });
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      if (!path.includes('index')) {
        await page.waitForFunction(() => document.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('[data-selected]'));
      }
      await axe(page, `${path} ${scheme}`);
      axeCount += 1;
      clean(session);
      await page.close();
    }
  });
}

for (const scheme of ['light', 'dark']) {
  await test(`control edges and the selected version stand out at 3:1 (${scheme})`, async () => {
    const session = await open('/#/pytorch/2.4?at=2026-01-01');
    const { page } = session;
    await page.emulateMedia({ colorScheme: scheme });
    const low = await page.evaluate(() => {
      const rgba = (t) => { const n = (t.match(/[\d.]+/g) ?? []).map(Number); return [n[0], n[1], n[2], n.length > 3 ? n[3] : 1]; };
      const lin = (c) => { const v = c / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      const lum = ([r, g, b]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const behind = (el) => {
        for (let n = el; n; n = n.parentElement) { const c = rgba(getComputedStyle(n).backgroundColor); if (c[3] === 1) return c; }
        return [255, 255, 255, 1];
      };
      const out = [];
      for (const el of document.querySelectorAll('.dlvm-input, .dlvm-button:not(:disabled), .dlvm-tab, .dlvm-products')) {
        const r = ratio(rgba(getComputedStyle(el).borderTopColor), behind(el.parentElement));
        if (r < 3) out.push(`${el.className} border ${r.toFixed(2)}`);
      }
      for (const el of document.querySelectorAll('.dlvm-bar[aria-current=true], .dlvm-table tr[aria-current=true] th')) {
        const shadow = getComputedStyle(el).boxShadow;
        const r = ratio(rgba(shadow), behind(el));
        if (!/inset/.test(shadow) || r < 3) out.push(`${el.className || el.tagName} selection mark ${shadow} ${r.toFixed(2)}`);
      }
      return out;
    });
    equal(low, [], 'below 3:1');
    clean(session);
    await page.close();
  });
}

await test('focus has a home after every action', async () => {
  const session = await open('/#/pytorch/2.4?at=2026-01-01');
  const { page } = session;
  // "Reset to today" disables itself: focus goes to the date.
  await page.focus('.dlvm-toolbar button:has-text("Reset to today")');
  await page.keyboard.press('Enter');
  await until(page, focused, 'input[type=date].dlvm-input', 'after Reset to today');
  // "Show details" of the advice replaces the details: focus goes to their heading.
  await page.focus('.dlvm-advice button');
  await page.keyboard.press('Enter');
  await until(page, (p) => p.getAttribute('[data-selected]', 'data-selected'), 'pytorch/2.9-ubuntu-2404', 'advice opened');
  await until(page, focused, 'details heading', 'after Show details');
  // A closest version of a lookup: the result goes away, focus goes to the details.
  await page.fill('input[name=lookup]', 'tf-2-18-cu123-py310');
  await page.press('input[name=lookup]', 'Enter');
  await page.waitForSelector('.dlvm-lookup-result [data-version-id]');
  await page.focus('.dlvm-lookup-result [data-version-id]');
  await page.keyboard.press('Enter');
  await until(page, focused, 'details heading', 'after a closest version');
  // "Copy" on an image name relabels its button (the details are written
  // again): focus stays on that button.
  const name = await page.getAttribute('.dlvm-families button', 'data-copy');
  await page.focus('.dlvm-families button');
  const label = await page.textContent('.dlvm-families button');
  await page.keyboard.press('Enter');
  await until(page, (p) => p.textContent('.dlvm-families button').then((t) => t !== label), true, 'the copy button relabelled');
  await until(page, (p) => p.evaluate(() => document.activeElement?.getAttribute('data-copy')), name, 'after Copy');
  clean(session);
  // "Dismiss" on a notice: focus goes to the widget's heading.
  const noticed = await open('/#/tensorflow/9.9');
  await noticed.page.focus('.dlvm-notice button');
  await noticed.page.keyboard.press('Enter');
  await until(noticed.page, (p) => p.evaluate(() => document.activeElement?.classList.contains('dlvm-title')), true, 'after Dismiss');
  await page.close();
  await noticed.page.close();
});

const TAB_COUNTS = {};
for (const path of ['/#/tensorflow/2.16?at=2025-06-01', '/#/containers/tensorflow/2.17?at=2025-06-01']) {
  await test(`the chart is one Tab stop; the details are at most 3 Tab presses from the selected bar (${path})`, async () => {
    const session = await open(path);
    const { page } = session;
    const id = await page.getAttribute('[data-selected]', 'data-selected');
    await page.focus(`.dlvm-bar[data-version-id="${id}"]`);
    let presses = 0;
    while (presses < 20) {
      await page.keyboard.press('Tab');
      presses += 1;
      if (await page.evaluate(() => !!document.activeElement?.closest('.dlvm-details'))) break;
    }
    TAB_COUNTS[path] = presses;
    if (presses > 3) throw new Error(`${presses} Tab presses to the details`);
    // Shift+Tab from inside the chart leaves it in one press.
    await page.focus(`.dlvm-bar[data-version-id="${id}"]`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+Tab');
    equal(await page.evaluate(() => !!document.activeElement?.closest('.dlvm-chart')), false, 'Shift+Tab leaves the chart');
    clean(session);
    await page.close();
  });
}

await test('Tab through the whole widget: every control shows a focus ring no box around it cuts off', async () => {
  const session = await open('/#/pytorch/2.4?at=2026-01-01');
  const { page } = session;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.focus('.dlvm-title');
  const seen = new Set();
  const cut = [];
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element?.closest('.dlvm')) return null;
      const style = getComputedStyle(element);
      const width = parseFloat(style.outlineWidth);
      const reach = parseFloat(style.outlineOffset) + width;
      const box = element.getBoundingClientRect();
      const ring = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach };
      // Every box that clips what its content draws outside it: overflow
      // other than visible, or containment (content-visibility: auto).
      const clippers = [];
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const s = getComputedStyle(node);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.contentVisibility === 'auto' || /paint|content|strict/.test(s.contain)) {
          const r = node.getBoundingClientRect();
          const left = r.left + node.clientLeft;
          const top = r.top + node.clientTop;
          const inside = ring.left >= left - 0.5 && ring.top >= top - 0.5
            && ring.right <= left + node.clientWidth + 0.5 && ring.bottom <= top + node.clientHeight + 0.5;
          if (!inside) clippers.push(node.className || node.tagName);
        }
      }
      const name = `${element.tagName.toLowerCase()}.${element.className} ${element.getAttribute('data-version-id') ?? element.getAttribute('data-action') ?? element.textContent.trim().slice(0, 20)}`;
      return { name, drawn: style.outlineStyle !== 'none' && width >= 2, clippers };
    });
    if (!ring) {
      if (seen.size > 0) break;
      continue;
    }
    if (seen.has(ring.name)) continue;
    seen.add(ring.name);
    if (!ring.drawn || ring.clippers.length) cut.push(`${ring.name}: ${ring.drawn ? `cut by ${ring.clippers}` : 'no ring'}`);
  }
  if (seen.size < 20) throw new Error(`only ${seen.size} controls reached by Tab`);
  equal(cut, [], 'focus rings drawn whole');
  clean(session);
  await page.close();
});

await test('typing a date digit by digit applies it once it is whole, with one history entry', async () => {
  const session = await open('/#/pytorch?at=2026-01-01');
  const { page } = session;
  const entries = await page.evaluate(() => history.length);
  const seen = new Set();
  page.on('framenavigated', () => {});
  const field = page.locator('input[type=date]');
  await field.click();
  // Month, day, then the year one digit at a time (Chromium's segments).
  await field.press('ArrowLeft');
  await field.press('ArrowLeft');
  await page.keyboard.type('08');
  await page.keyboard.type('01');
  for (const digit of '2025') {
    await page.keyboard.type(digit);
    seen.add(await page.getAttribute('.dlvm', 'data-as-of'));
  }
  await until(page, (p) => p.getAttribute('.dlvm', 'data-as-of'), '2025-08-01', 'the whole date applied');
  const years = [...seen].map((d) => Number(d.slice(0, 4)));
  equal(years.every((y) => y >= 1970), true, `no year before 1970 applied (${[...seen]})`);
  const added = (await page.evaluate(() => history.length)) - entries;
  if (added > 1) throw new Error(`${added} history entries for one typed date`);
  equal(await page.evaluate(() => location.hash), '#/pytorch?at=2025-08-01', 'the link');
  // Announced with the counts the PyTorch tab shows on that day.
  const counts = await page.textContent('[data-framework=pytorch] .dlvm-tab-counts');
  await until(page, status, `Status on 1 Aug 2025. PyTorch: ${counts}`, 'announced, with the counts');
  clean(session);
  await page.close();
});

await test('the status region says what each action did', async () => {
  const session = await open('/#/pytorch/2.7?at=2026-03-01');
  const { page } = session;
  equal(await status(page), '', 'nothing on arrival');
  await page.click('[data-action=copy-link]');
  await until(page, status, 'Link copied', 'copy link');
  await page.click('.dlvm-families button');
  await until(page, status, 'Copied pytorch-2-7-cu128-ubuntu-2204-nvidia-570-VERSION_DATE.', 'copy a family');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=calendar]')]);
  await until(page, status, `Calendar file ${download.suggestedFilename()} downloaded.`, 'calendar download');
  await page.click('[role=tab][data-framework=base]');
  await until(page, status, 'VM images. Base: 3 supported · 1 deprecated · 9 unavailable', 'framework switch');
  await page.fill('input[name=lookup]', 'tf-2-11-cpu');
  await page.press('input[name=lookup]', 'Enter');
  await until(page, (p) => status(p).then((t) => t.startsWith('“tf-2-11-cpu” fits several versions')), true, 'lookup');
  clean(session);
  await page.close();
});

await test('a failed copy says what to do for what was copied', async () => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) });
  });
  await page.goto(`${origin}/#/pytorch/2.7?at=2026-03-01`);
  await page.waitForSelector('.dlvm-families button');
  await page.click('.dlvm-families button');
  await until(page, status, 'Could not copy pytorch-2-7-cu128-ubuntu-2204-nvidia-570-VERSION_DATE: select it and copy it with your keyboard or menu.', 'family');
  await page.click('[data-action=copy-link]');
  await until(page, status, 'Could not copy: copy the address from the address bar instead', 'link');
  await page.close();
});

await test('the standalone page follows a Spanish browser: lang, title, heading, widget', async () => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'languages', { get: () => ['es-419', 'en'] });
    Object.defineProperty(navigator, 'language', { get: () => 'es-419' });
  });
  await page.goto(`${origin}/#/pytorch/2.4?at=2026-01-01`);
  await page.waitForSelector('.dlvm[data-as-of]');
  await until(page, (p) => p.evaluate(() => [document.documentElement.lang, document.title,
    document.getElementById('page-title').textContent, document.querySelector('.dlvm').lang]),
  ['es', 'Cronología de la asistencia de frameworks en Deep Learning VM', 'Cronología de la asistencia de frameworks en Deep Learning VM', 'es'], 'Spanish page');
  // Catalog text from the English sources is marked as English.
  const english = await page.evaluate(() => [...document.querySelectorAll('.dlvm [lang=en]')].map((e) => e.tagName.toLowerCase()));
  if (!english.includes('ul') || !english.includes('a')) throw new Error(`lang=en parts: ${english}`);
  // Switching the language switches the page too.
  await page.selectOption('.dlvm-toolbar select >> nth=0', 'en');
  await until(page, (p) => p.evaluate(() => [document.documentElement.lang, document.title]),
    ['en', 'Deep Learning VM framework support timeline'], 'back in English');
  await page.close();
});

await test('embed.html follows its lang parameter (any tag) or the browser', async () => {
  for (const [query, lang] of [['lang=es-419', 'es'], ['lang=en-GB', 'en'], ['lang=fr', 'en']]) {
    const page = await context.newPage();
    await page.goto(`${origin}/embed.html?view=card&version=pytorch/2.4&${query}`);
    await until(page, (p) => p.evaluate(() => document.documentElement.lang), lang, query);
    const title = await page.title();
    if (!title.startsWith('PyTorch 2.4')) throw new Error(`title: ${title}`);
    await page.close();
  }
});

console.log(`     axe views: ${axeCount}; Tab presses from the selected bar to the details: ${JSON.stringify(TAB_COUNTS)}`);
process.exit((await finish()) ? 1 : 0);
