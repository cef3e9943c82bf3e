// The widget where readers meet it: in docs sites built by real generators
// (Sphinx + Furo, Sphinx + Read the Docs theme, MkDocs + Material; see
// tests/sites/), at 390 and 1280 px, with the page light or dark by its own
// toggle and the OS light or dark. Every instance must mount, follow the
// page's theme (also when toggled while open), keep every text at WCAG AA
// contrast, never make the page scroll sideways, keep badges to one line
// of the text around them and chart labels at 12 px or more; the README's
// iframe snippet must give a frame without scrollbars in a sans-serif
// font; Material's instant navigation must mount and unmount instances.
// Screenshots go to target/screenshots/sites/.
import { mkdir, writeFile } from 'node:fs/promises';
import { buildSites } from '../sites/build.mjs';
import { audit, expectReadable } from './audit.mjs';
import { equal, startHarness, until } from './harness.mjs';

const { context, origin, test, finish } = await startHarness({
  dir: 'target/sites',
  mounts: {},
  // The README's snippet names an example origin: point it at this server.
  rewrite: (path, text, here) => {
    const site = path.split('/')[1];
    return text.replaceAll('https://docs.example.com/dlvm/', `${here}/${site}/${BUNDLE[site]}`)
      .replaceAll('https://docs.example.com', here);
  },
});
// Where each integration put the bundle (the Sphinx extension under
// _static/, the MkDocs plugin at the site's root).
const BUNDLE = { furo: '_static/dlvm-timeline/', rtd: '_static/dlvm-timeline/', material: 'dlvm-timeline/' };
// Built once the server's address is known (Material's site_url).
await buildSites(origin);
const shots = 'target/screenshots/sites';
await mkdir(shots, { recursive: true });

// How each theme switches itself: its own toggle, clicked as a reader would.
const THEMES = {
  furo: {
    isDark: () => document.body.dataset.theme === 'dark',
    isLight: () => document.body.dataset.theme === 'light',
    toggle: '.theme-toggle-container:not([hidden]) .theme-toggle >> visible=true',
  },
  material: {
    isDark: () => document.body.getAttribute('data-md-color-scheme') === 'slate',
    isLight: () => document.body.getAttribute('data-md-color-scheme') === 'default',
    toggle: 'label.md-header__button[for^="__palette"]:not([hidden])',
  },
  // No dark mode of its own.
  rtd: null,
};

async function setPageScheme(page, site, dark) {
  const theme = THEMES[site];
  if (!theme) return;
  const wanted = dark ? theme.isDark : theme.isLight;
  for (let i = 0; i < 4 && !(await page.evaluate(wanted)); i++) {
    await page.locator(theme.toggle).first().click();
    await page.waitForTimeout(50);
  }
  equal(await page.evaluate(wanted), true, `${site}: page ${dark ? 'dark' : 'light'} by its toggle`);
}

async function openSite(site, width, osDark) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  // Sphinx sites have no favicon; any other missing file is an error.
  page.on('response', (r) => { if (r.status() === 404 && !r.url().endsWith('/favicon.ico')) errors.push(`404 ${r.url()}`); });
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: osDark ? 'dark' : 'light' });
  await page.goto(`${origin}/${site}/index.html`);
  await until(page, (p) => p.evaluate(() => [...document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')]
    .every((h) => h.shadowRoot?.querySelector('.dlvm[data-as-of]'))), true, `${site}: every instance mounted`);
  return { page, errors };
}

/** Waits until every instance shows the `scheme` (light or dark) and its fonts and frame settled. */
async function settle(page, scheme) {
  await until(page, (p) => p.evaluate((s) => [...document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')]
    .every((h) => h.getAttribute('data-dlvm-scheme') === s), scheme), true, `every instance ${scheme}`);
  await until(page, (p) => p.evaluate(() => {
    const frame = document.querySelector('iframe[data-dlvm-frame]');
    const doc = frame?.contentDocument;
    return !!doc?.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('.dlvm[data-as-of]')
      && Math.abs(frame.clientHeight - Math.ceil(doc.documentElement.getBoundingClientRect().height)) <= 1;
  }), true, 'the iframe sized to its content');
  await page.evaluate(() => document.fonts.ready);
}

/** The README's iframe snippet as pasted: full width, no scrollbars, a sans-serif font. */
async function checkFrame(page, where) {
  const frame = await page.evaluate(() => {
    const element = document.querySelector('iframe[data-dlvm-frame]');
    const doc = element.contentDocument;
    const widget = doc.querySelector('[data-dlvm-timeline]').shadowRoot.querySelector('.dlvm');
    const column = element.parentElement.getBoundingClientRect().width;
    return {
      widthShare: element.getBoundingClientRect().width / column,
      scrollX: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
      scrollY: doc.documentElement.scrollHeight - doc.documentElement.clientHeight,
      font: getComputedStyle(widget).fontFamily,
    };
  });
  if (frame.widthShare < 0.95) throw new Error(`${where}: the frame is ${Math.round(frame.widthShare * 100)}% of its column`);
  if (frame.scrollX > 0 || frame.scrollY > 0) throw new Error(`${where}: scrollbars in the frame (${frame.scrollX}, ${frame.scrollY})`);
  if (/Times|serif$/.test(frame.font) && !/sans-serif/.test(frame.font)) throw new Error(`${where}: frame font ${frame.font}`);
}

const MODES = [
  { page: 'light', os: 'light' },
  { page: 'dark', os: 'dark' },
  { page: 'light', os: 'dark' },
  { page: 'dark', os: 'light' },
];
const summary = [];

for (const site of ['furo', 'rtd', 'material']) {
  for (const width of [390, 1280]) {
    for (const mode of MODES) {
      if (mode.page === 'dark' && !THEMES[site]) continue;
      const where = `${site} ${width}px page ${mode.page} OS ${mode.os}`;
      await test(`${where}: mounted, themed, readable, no sideways scroll`, async () => {
        const { page, errors } = await openSite(site, width, mode.os === 'dark');
        await setPageScheme(page, site, mode.page === 'dark');
        await settle(page, mode.page);
        const measured = await page.evaluate(audit);
        summary.push({ where, contrast: measured.minContrast, labels: measured.labels.min, badges: measured.badges.map((b) => `${b.height}/${b.lineHeight}`) });
        await page.screenshot({ path: `${shots}/${site}-${width}-page-${mode.page}-os-${mode.os}.png`, fullPage: true });
        expectReadable(measured, where);
        // The page's six badges (two in a sentence, three in table cells, one in a note).
        equal(measured.badges.length, 6, `${where}: badges measured`);
        await checkFrame(page, where);
        equal(errors, [], 'console errors');
        await page.close();
      });
    }
  }
}

for (const site of ['furo', 'material']) {
  await test(`${site}: toggling the page's theme while open re-themes every instance`, async () => {
    const { page } = await openSite(site, 1280, false);
    await setPageScheme(page, site, false);
    await settle(page, 'light');
    const background = () => page.evaluate(() => [...document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')]
      .map((h) => getComputedStyle(h.shadowRoot.querySelector('.dlvm:not([data-view=badge])') ?? h.shadowRoot.querySelector('.dlvm-badge-link')).backgroundColor));
    const light = await background();
    await setPageScheme(page, site, true);
    await settle(page, 'dark');
    const dark = await background();
    equal(dark.every((colour, i) => colour !== light[i]), true, `every instance changed colour (${light[0]} → ${dark[0]})`);
    expectReadable(await page.evaluate(audit), `${site} after the toggle`);
    await setPageScheme(page, site, false);
    await settle(page, 'light');
    equal(await background(), light, 'and back');
    await page.close();
  });
}

for (const site of ['furo', 'material']) {
  await test(`${site} at 320 px with the browser font size doubled: readable, no sideways scroll`, async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`${origin}/${site}/index.html`);
    await until(page, (p) => p.evaluate(() => [...document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')]
      .every((h) => h.shadowRoot?.querySelector('.dlvm[data-as-of]'))), true, 'every instance mounted');
    await settle(page, 'light');
    // The theme's own header may be wider than a 320 px screen at this
    // font size: only what the widgets add counts (measured before the
    // full-page screenshot, which lays the page out again).
    const pageOnly = await page.evaluate(() => {
      for (const host of document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')) host.hidden = true;
      const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      for (const host of document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')) host.hidden = false;
      return overflow;
    });
    const measured = await page.evaluate(audit);
    summary.push({ where: `${site} 320px font 32px`, contrast: measured.minContrast, labels: measured.labels.min, badges: measured.badges.map((b) => `${b.height}/${b.lineHeight}`) });
    await page.screenshot({ path: `${shots}/${site}-320-font-32.png`, fullPage: true });
    console.log(`     ${site} 320px font 32px: page overflow ${measured.overflow} px, of which the page's own ${pageOnly} px`);
    expectReadable({ ...measured, overflow: measured.overflow - Math.max(0, pageOnly) }, `${site} 320px, font doubled`, { narrow: true });
    await page.close();
  });
}

for (const site of ['furo', 'rtd', 'material']) {
  await test(`${site}: the integration's preload links are used: each preloaded file fetched once`, async () => {
    const page = await context.newPage();
    // The page's own requests (an iframe-mode instance loads its own page).
    const fetched = [];
    page.on('request', (r) => {
      if (r.frame() === page.mainFrame() && r.url().includes(`/${site}/${BUNDLE[site]}`)) fetched.push(new URL(r.url()).pathname.split('/').pop());
    });
    await page.goto(`${origin}/${site}/index.html`);
    await until(page, (p) => p.evaluate(() => [...document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')]
      .every((h) => h.shadowRoot?.querySelector('.dlvm[data-as-of]'))), true, 'every instance mounted');
    const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload][as=fetch]')]
      .map((l) => new URL(l.href).pathname.split('/').pop()));
    equal(preloaded.length, 3, `${site}: preload links ${JSON.stringify(preloaded)}`);
    for (const name of preloaded) equal(fetched.filter((f) => f === name).length, 1, `${site}: ${name} fetched once (${JSON.stringify(fetched)})`);
    await page.close();
  });
}

await test('material: instant navigation mounts instances on arrival and unmounts them on leaving', async () => {
  const { page } = await openSite('material', 1280, false);
  const loader = `${origin}/material/${BUNDLE.material}embed.js`;
  const mounted = () => page.evaluate(async (url) => (await import(url)).mounted(), loader);
  const before = await page.evaluate(() => document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]').length);
  equal(await mounted(), before, 'mounted on the first page');
  const loads = [];
  page.on('load', () => loads.push(page.url()));
  await page.click('a[href$="other/"]');
  await until(page, (p) => p.evaluate(() => location.pathname.endsWith('/other/')), true, 'navigated');
  await until(page, (p) => p.evaluate(() => document.querySelector('dlvm-timeline, [data-dlvm-timeline]')
    ?.shadowRoot?.querySelector('[data-selected]')?.dataset.selected), 'tensorflow/2.17', 'the card on the new page');
  equal(loads, [], 'instant navigation: no page load');
  await until(page, mounted, 1, 'the first page\'s instances unmounted');
  await page.goBack();
  await until(page, mounted, before, 'mounted again on the way back');
  await page.close();
});

await writeFile('target/screenshots/sites/summary.json', JSON.stringify(summary, null, 1));
for (const row of summary) console.log(`     ${row.where}: min contrast ${row.contrast?.ratio} (“${row.contrast?.text}”), smallest label ${row.labels} px, badges ${row.badges.join(' ')}`);
process.exit((await finish()) ? 1 : 0);
