// End-to-end checks of embedding: several instances on one page, late and
// removed elements, style isolation both ways, bad attributes, strict CSP,
// the iframe mode, URL ownership and accessibility of the demo page.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { clean, equal, startHarness, STRICT_CSP, until } from './harness.mjs';
import { recipes } from '../integrations/readme.mjs';

// The README's plain-HTML recipe as a page: its script (the bundle at this
// origin's root instead of docs.example.com/dlvm/) and its elements.
const README_PAGES = 'target/e2e-readme';
await mkdir(README_PAGES, { recursive: true });
const plain = recipes().html;
if (!plain.script.includes('src="https://docs.example.com/dlvm/embed.js"')) throw new Error(`README's script: ${plain.script}`);
await writeFile(`${README_PAGES}/plain.html`, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Plain HTML</title><link rel="icon" href="data:,">
${plain.script.replace('https://docs.example.com/dlvm/', '/')}</head>
<body><main><h1>Plain HTML</h1>
${plain.body}</main></body></html>
`);

const { open, test, finish, context } = await startHarness({
  mounts: { '/test/': 'tests/e2e/pages', '/strict/': 'dist', '/octet/': 'dist', '/readme/': README_PAGES },
});
const axeSource = await readFile('node_modules/axe-core/axe.min.js', 'utf8');

/** Evaluates `fn(shadowRoot, arg)` in the shadow root of the element `#id`. */
const inShadow = (page, id, fn, arg) => page.evaluate(
  ({ id, source, arg }) => {
    const root = document.getElementById(id)?.shadowRoot;
    // eslint-disable-next-line no-new-func
    return root ? new Function('root', 'arg', `return (${source})(root, arg)`)(root, arg) : undefined;
  },
  { id, source: fn.toString(), arg },
);
const tab = (page, id) => inShadow(page, id, (root) => root.querySelector('[role=tab][aria-selected=true]')?.dataset.framework);
const mountedCount = (page) => page.evaluate(async () => (await import('/embed.js')).mounted());

async function instancesPage(clock) {
  let page;
  if (clock) {
    page = await context.newPage();
    await page.clock.setFixedTime(new Date(clock));
  }
  const session = await open('/test/instances.html', { waitFor: null, page });
  await until(session.page, (p) => inShadow(p, 'badge', (root) => !!root.querySelector('.dlvm-badge-link')), true, 'instances rendered');
  return session;
}

await test('two instances on one page keep separate state and leave the URL alone', async () => {
  const session = await instancesPage();
  const { page } = session;
  const hash = await page.evaluate(() => location.hash);
  const entries = await page.evaluate(() => history.length);
  // On 2026-05-01 PyTorch 2.9's support lasts longest: the landing tab.
  equal([await tab(page, 'a'), await tab(page, 'b')], ['pytorch', 'pytorch'], 'both start on PyTorch');
  await page.locator('#a [role=tab][data-framework=tensorflow]').click();
  await until(page, (p) => tab(p, 'a'), 'tensorflow', 'a switched');
  equal(await tab(page, 'b'), 'pytorch', 'b unchanged');
  await page.locator('#b tr[data-version-id="pytorch/2.4"] button').click();
  await until(page, (p) => inShadow(p, 'b', (root) => root.querySelector('[data-selected]')?.dataset.selected), 'pytorch/2.4', 'b selected');
  equal(await inShadow(page, 'a', (root) => !!root.querySelector('[data-selected]')), false, 'a has no selection');
  equal(await page.evaluate(() => [location.hash, history.length]), [hash, entries], 'instances without data-sync-url never touch the URL');
  clean(session);
  await page.close();
});

await test('only the data-sync-url instance reads and writes the location hash', async () => {
  const session = await instancesPage();
  const { page } = session;
  // On load the page had no hash: the owning instance opened what its
  // attributes say and wrote that in place (no history entry).
  equal(await page.evaluate(() => location.hash), '#/base?at=2026-05-01', 'hash on load');
  const length = await page.evaluate(() => history.length);
  await page.locator('#sync tr[data-version-id="base/cu128"] button').click();
  await until(page, (p) => p.evaluate(() => location.hash), '#/base/cu128?at=2026-05-01', 'sync instance wrote the hash');
  equal(await page.evaluate(() => history.length), length + 1, 'one history entry');
  await page.evaluate(() => { location.hash = '#/base/cu129-ubuntu-2204?at=2026-05-01'; });
  await until(page, (p) => inShadow(p, 'sync', (root) => root.querySelector('[data-selected]')?.dataset.selected), 'base/cu129-ubuntu-2204', 'sync instance followed the hash');
  equal(await tab(page, 'a'), 'pytorch', 'a ignored the hash');
  clean(session);
  await page.close();
});

await test('views: card and badge show one version; each offers "open in full view"', async () => {
  const session = await instancesPage();
  const { page } = session;
  equal(await inShadow(page, 'card', (root) => [root.querySelector('[data-selected]')?.dataset.selected, root.querySelector('[data-selected]')?.dataset.status]),
    ['pytorch/2.4', 'deprecated'], 'card');
  equal(await inShadow(page, 'card', (root) => root.querySelector('[data-upgrade-to]')?.dataset.upgradeTo), 'pytorch/2.9-ubuntu-2404', 'card advice');
  // A card stays on its version: the advice opens the other one in the full view.
  const advice = await inShadow(page, 'card', (root) => {
    const link = root.querySelector('[data-upgrade-to] a');
    return link && [link.textContent, new URL(link.href).hash, !!root.querySelector('[data-upgrade-to] button')];
  });
  equal(advice, ['Show details: PyTorch 2.9 (Python 3.12 / Ubuntu 24.04)', '#/pytorch/2.9-ubuntu-2404?at=2026-01-01', false], 'card advice link');
  // The badge is one link to the full view: the status once, the date that
  // matters, and (for the accessible name) the version and both dates.
  equal(await inShadow(page, 'badge', (root) => {
    const link = root.querySelector('a.dlvm-badge-link');
    const hidden = link?.querySelector('.dlvm-visually-hidden')?.textContent;
    const href = new URL(link?.getAttribute('href'), location.href);
    // (The name's freshness part is checked in its own test.)
    return [link?.textContent.replace(hidden, ''), hidden.split(' Dates from')[0], href.pathname.split('/').slice(-3).join('/') + href.hash];
  }), ['◐deprecated · available until 28 Jun 2026',
    ' — TensorFlow 2.16 (Python 3.10). End of patch & support: 28 Jun 2025. End of availability: 28 Jun 2026.',
    'v/tensorflow/2.16.html#/tensorflow/2.16?at=2026-05-01'], "badge: the version's own page");
  equal(await inShadow(page, 'badge', (root) => root.querySelectorAll('a').length), 1, 'the badge is the only link');
  // Containers: a card by container id, a timeline by data-product.
  equal(await inShadow(page, 'container-card', (root) => [root.querySelector('[data-selected]')?.dataset.selected, root.querySelector('[data-selected]')?.dataset.status]),
    ['containers/tensorflow/2.17', 'supported'], 'container card');
  equal(await inShadow(page, 'vllm', (root) => [...root.querySelectorAll('tr[data-version-id]')].map((r) => r.dataset.versionId)),
    ['containers/vllm/0.5'], 'vLLM container timeline');
  const href = await inShadow(page, 'card', (root) => root.querySelector('.dlvm-full-link')?.getAttribute('href'));
  equal(href.endsWith('/v/pytorch/2.4.html#/pytorch/2.4?at=2026-01-01'), true, `full-view link: the version’s page ${href}`);
  clean(session);
  await page.close();
});

await test('every view says once, outside the details, how old the catalog is, once it is 180 days old', async () => {
  const catalog = JSON.parse(await readFile('static/catalog.json', 'utf8'));
  const policy = catalog.sources.find((s) => s.url.endsWith('framework-support-policy')).url;
  const asOf = Date.parse(`${catalog.as_of}T12:00:00`);
  // The reader's clock decides, not the instances' chosen dates (2026-05-01).
  for (const days of [180, 181]) {
    const stale = days > 180;
    const session = await instancesPage(asOf + days * 86_400_000);
    const { page } = session;
    for (const [id, lang] of [['a', 'en'], ['sync', 'en'], ['card', 'en'], ['es-full', 'es'], ['es-timeline', 'es'], ['lang-es-419', 'es']]) {
      const notices = await inShadow(page, id, (root) => [...root.querySelectorAll('[data-notice="catalog-stale"]')].map((n) => ({
        text: n.textContent, href: n.querySelector('a')?.href, inDetails: !!n.closest('[data-selected]'),
      })));
      if (!stale) { equal(notices, [], `${id}: no notice on day ${days}`); continue; }
      equal(notices.length, 1, `${id}: one notice`);
      equal(notices[0].inDetails, false, `${id}: outside the details`);
      equal(notices[0].href, policy, `${id}: links the policy`);
      const date = lang === 'es' ? '10 abr 2026' : '10 Apr 2026';
      if (!notices[0].text.includes(date)) throw new Error(`${id}: ${notices[0].text}`);
    }
    const badgeName = await inShadow(page, 'badge', (root) => root.querySelector('.dlvm-badge-link .dlvm-visually-hidden')?.textContent);
    equal(badgeName.includes("Dates from Google's pages as of 10 Apr 2026"), stale, `day ${days}: the badge's name: ${badgeName}`);
    clean(session);
    await page.close();
  }
});

await test('a late-inserted element mounts; a removed one is torn down', async () => {
  const session = await instancesPage();
  const { page } = session;
  const before = await mountedCount(page);
  await page.evaluate(() => {
    const element = document.createElement('div');
    element.id = 'late';
    element.setAttribute('data-dlvm-timeline', '');
    element.setAttribute('data-view', 'badge');
    element.setAttribute('data-version', 'pytorch/2.7');
    document.getElementById('late-slot').append(element);
  });
  await until(page, (p) => inShadow(p, 'late', (root) => root.querySelector('[data-version-id]')?.dataset.versionId), 'pytorch/2.7', 'late instance');
  equal(await mountedCount(page), before + 1, 'mounted count');
  // Changing an attribute remounts with the new value.
  await page.evaluate(() => document.getElementById('late').setAttribute('data-version', 'base/cu128'));
  await until(page, (p) => inShadow(p, 'late', (root) => root.querySelector('[data-version-id]')?.dataset.versionId), 'base/cu128', 'remounted');
  const shadow = await page.evaluateHandle(() => document.getElementById('late').shadowRoot);
  await page.evaluate(() => document.getElementById('late').remove());
  await until(page, mountedCount, before, 'mounted count after removal');
  equal(await shadow.evaluate((root) => root.childNodes.length), 0, 'shadow root emptied');
  clean(session);
  await page.close();
});

// <dlvm-timeline>: the custom element embed.js defines (attributes without
// data-), on a page whose elements were written before the loader.
await test('reserve.css keeps each view\'s space until it mounts, and any rule of the page overrides it', async () => {
  const session = await open('/test/element.html', { waitFor: null });
  const { page } = session;
  const sizes = () => page.evaluate(() => ['badge', 'card', 'timeline'].map((id) => {
    const style = getComputedStyle(document.getElementById(id));
    const em = parseFloat(style.fontSize);
    return [style.display, Math.round(parseFloat(style.minHeight) / em) || 0, Math.round(parseFloat(style.minWidth) / em) || 0];
  }));
  await page.evaluate(() => new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/reserve.css', onload: done });
    document.head.append(link);
  }));
  equal(await sizes(), [['inline-block', 0, 14], ['block', 50, 0], ['block', 40, 0]], 'the typical sizes');
  // The README's advice: a plain selector of the page's own wins.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('dlvm-timeline[view="card"] { min-height: 30em } dlvm-timeline { min-width: 0 }');
    document.adoptedStyleSheets = [sheet];
  });
  equal(await sizes(), [['inline-block', 0, 0], ['block', 30, 0], ['block', 40, 0]], 'the page\'s own sizes');
  await page.evaluate(() => { document.adoptedStyleSheets = []; });
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: '/embed.js' })));
  await until(page, (p) => inShadow(p, 'card', (root) => !!root.querySelector('[data-selected]')), true, 'card rendered');
  equal((await sizes()).map(([, height]) => height), [0, 0, 0], 'no reserved height once mounted');
  clean(session);
  await page.close();
});

await test('<dlvm-timeline> written before the loader is upgraded; badge inline, others blocks', async () => {
  const session = await open('/test/element.html', { waitFor: null });
  const { page } = session;
  equal(await page.evaluate(() => customElements.get('dlvm-timeline')), undefined, 'not defined before the loader');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/embed.js';
    document.head.append(script);
  });
  await page.evaluate(() => customElements.whenDefined('dlvm-timeline'));
  await until(page, (p) => inShadow(p, 'badge', (root) => !!root.querySelector('.dlvm-badge-link')), true, 'badge rendered');
  await until(page, (p) => inShadow(p, 'card', (root) => root.querySelector('[data-selected]')?.dataset.selected), 'pytorch/2.4', 'card rendered');
  equal(await inShadow(page, 'timeline', (root) => root.querySelector('.dlvm')?.dataset.view), 'timeline', 'timeline view');
  equal(await page.evaluate(() => ['badge', 'card', 'timeline'].map((id) => getComputedStyle(document.getElementById(id)).display)),
    ['inline', 'block', 'block'], 'display');
  // The badge flows in its sentence: one line box, as tall as the text's.
  const [badgeBox, lineHeight] = await page.evaluate(() => [
    document.getElementById('badge').getBoundingClientRect().height,
    parseFloat(getComputedStyle(document.getElementById('sentence')).lineHeight) || 24,
  ]);
  equal(badgeBox <= 1.7 * lineHeight, true, `badge height ${badgeBox} within 1.7 × line height ${lineHeight}`);
  // A mounted badge leaves its line as tall as the page's other lines, even
  // where the page's line height is \`normal\` (the shape's glyph comes from
  // a fallback font): nothing below it moves.
  const [withBadge, without] = await page.evaluate(() => {
    const sentence = document.getElementById('sentence');
    sentence.style.lineHeight = 'normal';
    const plain = document.createElement('p');
    plain.style.lineHeight = 'normal';
    plain.textContent = 'Our jobs run on PyTorch 2.4, which is unavailable, for now.';
    sentence.after(plain);
    const heights = [sentence.getBoundingClientRect().height, plain.getBoundingClientRect().height];
    plain.remove();
    sentence.style.lineHeight = '';
    return heights;
  });
  equal(withBadge, without, 'a line with a badge is as tall as one without (line-height: normal)');
  equal(await inShadow(page, 'old-form', (root) => !!root.querySelector('.dlvm-badge-link')), true, 'the data- form still works');
  equal(await mountedCount(page), 5, 'five instances, each once');
  clean(session);
  await page.close();
});

await test('the theme follows a page painted in modern colour spaces: oklch(), lab(), color(); and a web component an instance is slotted into', async () => {
  const session = await open('/test/colours.html', { waitFor: null });
  const { page } = session;
  await until(page, (p) => inShadow(p, 'card', (root) => !!root.querySelector('[data-selected]')), true, 'card rendered');
  const schemes = () => page.evaluate(() => ['badge', 'card'].map((id) => document.getElementById(id).getAttribute('data-dlvm-scheme')));
  for (const [css, scheme] of [
    ['background: oklch(0.21 0.006 285.885); color: oklch(0.985 0 0)', 'dark'],
    ['background: lab(97 0 0); color: lab(10 0 0)', 'light'],
    ['background: color(display-p3 0.05 0.05 0.08); color: white', 'dark'],
    ['background: oklch(0.21 0.006 285.885 / 0.1)', 'light'],
    // No background anywhere: light text says the page behind is dark.
    ['color: oklch(0.95 0 0)', 'dark'],
  ]) {
    await page.evaluate((css) => document.body.setAttribute('style', css), css);
    await until(page, schemes, [scheme, scheme], css);
  }
  // Slotted into a web component whose shadow tree paints the background
  // (as Shoelace's card does): that background is the one behind it.
  await page.evaluate(() => {
    document.body.removeAttribute('style');
    customElements.define('dark-card', class extends HTMLElement {
      constructor() {
        super();
        const inner = document.createElement('div');
        inner.style.background = 'oklch(0.2 0.01 260)';
        inner.append(document.createElement('slot'));
        this.attachShadow({ mode: 'open' }).append(inner);
      }
    });
    const card = document.createElement('dark-card');
    card.append(document.getElementById('card'));
    document.querySelector('main').append(card);
  });
  await until(page, schemes, ['light', 'dark'], 'the card slotted into a dark web component');
  clean(session);
  await page.close();
});

await test('<dlvm-timeline>: an attribute change re-renders, removal tears down, bad attributes are located', async () => {
  const session = await open('/test/element.html', { waitFor: null });
  const { page } = session;
  await page.addScriptTag({ type: 'module', url: '/embed.js' });
  await page.evaluate(() => customElements.whenDefined('dlvm-timeline'));
  await until(page, (p) => inShadow(p, 'card', (root) => root.querySelector('[data-selected]')?.dataset.selected), 'pytorch/2.4', 'card rendered');
  await page.evaluate(() => document.getElementById('card').setAttribute('version', 'tensorflow/2.16'));
  await until(page, (p) => inShadow(p, 'card', (root) => root.querySelector('[data-selected]')?.dataset.selected), 'tensorflow/2.16', 'card re-rendered');
  // Errors name the attributes as written on the page.
  equal(await inShadow(page, 'bad', (root) => [...root.querySelectorAll('.dlvm-error li')].map((li) => [li.dataset.attribute, li.textContent])), [
    ['version', 'version: expected a version id from the catalog, such as tensorflow/2.16; found “pytorch/2.44”.'],
    ['warn-days', 'warn-days: expected a number of days from 0 to 3650; found “soon”.'],
  ], 'located errors');
  await page.evaluate(() => document.getElementById('bad').setAttribute('version', 'pytorch/2.4'));
  await page.evaluate(() => document.getElementById('bad').removeAttribute('warn-days'));
  await until(page, (p) => inShadow(p, 'bad', (root) => root.querySelector('[data-selected]')?.dataset.selected), 'pytorch/2.4', 'fixed attributes render');
  const before = await mountedCount(page);
  const shadow = await page.evaluateHandle(() => document.getElementById('card').shadowRoot);
  await page.evaluate(() => document.getElementById('card').remove());
  await until(page, mountedCount, before - 1, 'mounted count after removal');
  equal(await shadow.evaluate((root) => root.childNodes.length), 0, 'shadow root emptied');
  // Created by script and moved: still one instance.
  await page.evaluate(() => {
    const element = document.createElement('dlvm-timeline');
    element.id = 'late';
    element.setAttribute('view', 'badge');
    element.setAttribute('version', 'pytorch/2.7');
    document.getElementById('late-slot').append(element);
    document.getElementById('sentence').append(element);
  });
  await until(page, (p) => inShadow(p, 'late', (root) => root.querySelector('[data-version-id]')?.dataset.versionId), 'pytorch/2.7', 'late element');
  equal(await mountedCount(page), before, 'one instance for the moved element');
  equal(session.errors, [], 'console errors');
  await page.close();
});

await test('the attribute form: a value set to itself keeps the instance and its state; a new value remounts it', async () => {
  const session = await instancesPage();
  const { page } = session;
  await page.locator('#a [role=tab][data-framework=tensorflow]').click();
  await until(page, (p) => tab(p, 'a'), 'tensorflow', 'another framework chosen');
  // A page morphed in place (Turbo, idiomorph) sets what is already there.
  await page.evaluate(() => { const a = document.getElementById('a'); a.setAttribute('data-at', a.getAttribute('data-at')); });
  await page.waitForTimeout(100);
  equal(await tab(page, 'a'), 'tensorflow', 'the choice kept');
  await page.evaluate(() => document.getElementById('a').setAttribute('data-at', '2026-05-02'));
  await until(page, (p) => tab(p, 'a'), 'pytorch', 'a new value: the instance starts again');
  clean(session);
  await page.close();
});

await test('an attribute-form element that stops being one while its entry loads is never mounted', async () => {
  const session = await open('/test/badges-cards.html', { waitFor: null });
  const { page } = session;
  await until(page, mountedCount, 5, 'badges and cards mounted (the small entry)');
  await page.evaluate(() => {
    // A timeline needs the whole widget: it waits for it to load...
    const gone = Object.assign(document.createElement('div'), { id: 'gone' });
    gone.setAttribute('data-dlvm-timeline', '');
    gone.setAttribute('data-view', 'timeline');
    document.body.append(gone);
    // ...and stops being an instance's element before it has.
    setTimeout(() => gone.removeAttribute('data-dlvm-timeline'));
    const kept = Object.assign(document.createElement('div'), { id: 'kept' });
    kept.setAttribute('data-dlvm-timeline', '');
    kept.setAttribute('data-view', 'timeline');
    setTimeout(() => document.body.append(kept));
  });
  await until(page, (p) => inShadow(p, 'kept', (root) => !!root.querySelector('.dlvm[data-as-of]')), true, 'the other timeline rendered');
  equal(await mountedCount(page), 6, 'five and the kept timeline');
  equal(await page.evaluate(() => document.getElementById('gone').shadowRoot?.childNodes.length ?? 0), 0, 'nothing in the element that left');
  clean(session);
  await page.close();
});

await test('a page with no instance loads no entry until one arrives, then the one it needs', async () => {
  const page = await context.newPage();
  const wasm = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop();
    if (file.endsWith('.wasm')) wasm.push(file.split('_')[0]);
  });
  const session = await open('/test/empty.html', { waitFor: null, page });
  await page.evaluate(() => customElements.whenDefined('dlvm-timeline'));
  await page.waitForTimeout(200);
  equal(wasm, [], 'no wasm for a page without an instance');
  await page.evaluate(() => {
    const badge = Object.assign(document.createElement('dlvm-timeline'), { id: 'badge' });
    badge.setAttribute('view', 'badge');
    badge.setAttribute('version', 'pytorch/2.4');
    document.getElementById('later').append(badge);
  });
  await until(page, (p) => inShadow(p, 'badge', (root) => !!root.querySelector('.dlvm-badge-link')), true, 'the badge rendered');
  equal(wasm, ['dlvm-lite'], 'the small entry, once one arrived');
  clean(session);
  await page.close();
});

await test('host styles do not leak in, widget styles do not leak out', async () => {
  const session = await instancesPage();
  const { page } = session;
  const inside = await inShadow(page, 'a', (root) => {
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return {
      color: style('.dlvm').color,
      table: style('table').display,
      chart: style('svg').display,
      letterSpacing: style('td').letterSpacing,
      section: style('section').borderTopWidth,
      button: style('.dlvm-button').textTransform,
    };
  });
  equal(inside, { color: 'rgb(31, 31, 31)', table: 'table', chart: 'block', letterSpacing: 'normal', section: '1px', button: 'none' }, 'inside the widget');
  const outside = await page.evaluate(() => {
    const p = getComputedStyle(document.getElementById('outside'));
    const b = getComputedStyle(document.getElementById('host-button'));
    return { border: p.borderTopWidth, padding: p.paddingTop, minHeight: b.minHeight, radius: b.borderTopLeftRadius };
  });
  equal(outside, { border: '0px', padding: '0px', minHeight: '0px', radius: '0px' }, 'host elements with widget class names');
  await page.close();
});

await test('each bad attribute shows its own in-place error; the others render; no markup injected', async () => {
  const session = await instancesPage();
  const { page } = session;
  const expected = {
    'bad-view': ['data-view', 'data-view: expected one of full, timeline, card, badge; found “cards”.'],
    'bad-product': ['data-product', 'data-product: expected one of vm, containers; found “dlc”.'],
    'bad-framework': ['data-framework', 'data-framework: expected one of tensorflow, pytorch, base, vllm; found “jax”.'],
    'bad-version': ['data-version', 'data-version: expected a version id from the catalog, such as tensorflow/2.16; found “tensorflow/9.9”.'],
    'missing-version': ['data-version', 'data-version: the badge view needs a version id, such as tensorflow/2.16; found nothing.'],
    'bad-at': ['data-at', 'data-at: expected a date as YYYY-MM-DD; found “2026-02-30”.'],
    'bad-theme': ['data-theme', 'data-theme: expected one of auto, light, dark; found “blue”.'],
    'bad-warn-days': ['data-warn-days', 'data-warn-days: expected a number of days from 0 to 3650; found “soon”.'],
    'bad-sync': ['data-sync-url', 'data-sync-url: expected one of (empty), true, false; found “yes”.'],
    injection: ['data-version', 'data-version: expected a version id from the catalog, such as tensorflow/2.16; found “<img src=x onerror=window.__pwned=1>”.'],
  };
  for (const [id, [attribute, text]] of Object.entries(expected)) {
    const shown = await inShadow(page, id, (root) => {
      const item = root.querySelector('.dlvm-error li');
      return item && [item.dataset.attribute, item.textContent, root.querySelector('.dlvm-error').getAttribute('role')];
    });
    equal(shown, [attribute, text, 'alert'], `#${id}`);
  }
  equal(await inShadow(page, 'injection', (root) => root.querySelectorAll('img').length), 0, 'no element from the attribute');
  equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  equal(await tab(page, 'a'), 'pytorch', 'good instances still render');
  // A language tag the widget doesn't speak falls back quietly; regional
  // tags match by their language.
  equal(await inShadow(page, 'lang-fr', (root) => [!!root.querySelector('.dlvm-error'), root.querySelector('.dlvm')?.lang]),
    [false, 'en'], 'data-lang="fr": English (the page\'s), no error');
  equal(await inShadow(page, 'lang-es-419', (root) => root.querySelector('.dlvm')?.lang), 'es', 'data-lang="es-419": Spanish');
  equal(await inShadow(page, 'lang-en-gb', (root) => root.querySelector('.dlvm')?.lang), 'en', 'data-lang="en-GB": English');
  equal(session.errors, [], 'console errors');
  await page.close();
});

await test('a page with a strict Content-Security-Policy renders with no violation', async () => {
  const session = await open('/demo-csp.html', { waitFor: null });
  const { page } = session;
  // What a static host without headers relies on: the page's own <meta>
  // policy, the strict one the tests serve.
  const meta = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
  equal(meta, STRICT_CSP, 'the page states the strict policy');
  const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  equal(header, STRICT_CSP, 'served with the policy');
  await until(page, (p) => p.evaluate(() => [...document.querySelectorAll('[data-dlvm-timeline]')]
    .map((e) => !!e.shadowRoot?.querySelector('.dlvm[data-as-of]'))), [true, true], 'both instances rendered');
  // The stylesheet applied inside the shadow roots (no inline style was needed).
  const badge = await page.evaluate(() => {
    const element = document.querySelector('[data-dlvm-timeline]').shadowRoot.querySelector('.dlvm-badge');
    return [element.dataset.status, getComputedStyle(element).borderTopStyle];
  });
  const pattern = { upcoming: 'solid', supported: 'solid', deprecated: 'dashed', unavailable: 'dotted' };
  equal(badge[1], pattern[badge[0]], `widget stylesheet in effect (${badge[0]} badge)`);
  equal(await page.evaluate(() => window.__violations), [], 'CSP violations');
  clean(session);
  await page.close();
});

await test('the iframe mode reports its height and the host follows it', async () => {
  const session = await open('/demo.html', { waitFor: 'iframe[data-dlvm-frame]' });
  const { page } = session;
  const frame = page.frameLocator('iframe[data-dlvm-frame]');
  await frame.locator('[data-selected]').waitFor();
  const contentHeight = () => page.evaluate(() => {
    const doc = document.querySelector('iframe[data-dlvm-frame]').contentDocument;
    return Math.ceil(doc.documentElement.getBoundingClientRect().height);
  });
  // The frame's content box (what the page gives the widget's document).
  const frameHeight = () => page.evaluate(() => document.querySelector('iframe[data-dlvm-frame]').clientHeight);
  await until(page, async (p) => (await frameHeight()) === (await contentHeight()), true, 'frame height = content height');
  const wide = await frameHeight();
  await page.setViewportSize({ width: 480, height: 900 });
  await until(page, async (p) => (await frameHeight()) === (await contentHeight()) && (await frameHeight()) > wide, true, 'taller when narrower');
  clean(session);
  await page.close();
});

await test("the README's plain-HTML recipe, as written: each of its five instances renders", async () => {
  const session = await open('/readme/plain.html', { waitFor: null });
  const { page } = session;
  const views = () => page.evaluate(() => [...document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')]
    .map((host) => host.shadowRoot?.querySelector('.dlvm[data-as-of]')?.dataset.view ?? null));
  await until(page, views, ['full', 'timeline', 'card', 'badge', 'badge'], 'the five instances');
  equal(await page.evaluate(() => document.querySelector('[view=card]').shadowRoot.querySelector('.dlvm').lang), 'es', 'the card in Spanish, as its lang says');
  clean(session);
  await page.close();
});

await test('the README\'s iframe at 300, 640 and 1280 px on a border-box theme: no scrollbars, exact height', async () => {
  // The page's listener is the README's (but for the origin).
  const readme = await readFile('README.md', 'utf8');
  const snippet = readme.split('### Iframe mode')[1].split('<script>')[1].split('</script>')[0];
  const listener = await readFile('tests/e2e/pages/frames.js', 'utf8');
  const lines = (text) => text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'));
  equal(lines(listener), lines(snippet.replace("'https://docs.example.com'", 'location.origin')), 'frames.js is the README\'s listener');
  const session = await open('/test/frames.html', { waitFor: null });
  const { page } = session;
  await page.setViewportSize({ width: 1320, height: 900 });
  const frames = () => page.evaluate(() => [...document.querySelectorAll('iframe')].map((frame) => {
    const doc = frame.contentDocument;
    const widget = doc?.querySelector('[data-dlvm-timeline]')?.shadowRoot?.querySelector('.dlvm[data-as-of]');
    return {
      ready: !!widget,
      width: Math.round(frame.getBoundingClientRect().width),
      exact: !!doc && Math.abs(frame.clientHeight - Math.ceil(doc.documentElement.getBoundingClientRect().height)) <= 1,
      scroll: doc ? [doc.documentElement.scrollWidth - doc.documentElement.clientWidth, doc.documentElement.scrollHeight - doc.documentElement.clientHeight] : null,
      font: widget ? getComputedStyle(widget).fontFamily : '',
    };
  }));
  await until(page, async (p) => (await frames()).every((f) => f.ready && f.exact), true, 'every frame rendered and sized');
  for (const frame of await frames()) {
    equal(frame.scroll, [0, 0], `no scrollbars at ${frame.width} px`);
    if (!frame.font.includes('sans-serif')) throw new Error(`frame font at ${frame.width} px: ${frame.font}`);
  }
  equal((await frames()).map((f) => f.width), [300, 640, 1280], 'each frame as wide as its column');
  clean(session);
  await page.close();
});

await test('the page\'s hidden attribute hides an instance', async () => {
  const session = await instancesPage();
  const { page } = session;
  const shown = () => page.evaluate(() => document.getElementById('badge').getBoundingClientRect().width > 0);
  equal(await shown(), true, 'shown');
  await page.evaluate(() => { document.getElementById('badge').hidden = true; });
  equal(await shown(), false, 'hidden');
  await page.close();
});

await test('an embedded full view has no theme selector; the standalone page has one', async () => {
  const session = await instancesPage();
  equal(await inShadow(session.page, 'a', (root) => root.querySelectorAll('.dlvm-toolbar select').length), 1, 'language only');
  const standalone = await open('/#/pytorch');
  equal(await standalone.page.$$eval('.dlvm-toolbar select', (s) => s.length), 2, 'language and theme');
  await session.page.close();
  await standalone.page.close();
});

await test('axe-core: no violations on the demo page', async () => {
  const session = await open('/demo.html', { waitFor: null });
  const { page } = session;
  await until(page, (p) => p.evaluate(() => document.querySelectorAll('[data-dlvm-timeline]').length > 0
    && [...document.querySelectorAll('[data-dlvm-timeline]')].every((e) => e.shadowRoot?.querySelector('.dlvm'))), true, 'all mounted');
  await page.frameLocator('iframe[data-dlvm-frame]').locator('.dlvm').waitFor();
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
  equal(violations, [], 'violations');
  clean(session);
  await page.close();
});

process.exit((await finish()) ? 1 : 0);
