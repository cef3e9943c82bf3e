// The widget's custom element in a single-page docs site: a VitePress site
// (tests/spa/vitepress/, default theme) whose Markdown uses
// <dlvm-timeline> directly, with the loader in the config's `head`, as the
// README's VitePress recipe says. dist/ is copied into the site's
// public/dlvm/, the site built into target/spa/vitepress and served.
// Checks: every instance mounts (badge inline, card a block), the site's own
// links navigate client-side and mount the next page's instances, Back mounts
// the first page's again, VitePress's dark switch re-themes every instance,
// 100 navigations keep the WebAssembly memory flat and the instance count
// equal to the instances on the page, and nothing errs or leaves the origin;
// instances mounted before Vue hydrates survive hydration. It also reports
// (without failing) how many animation frames showed an instance before its
// stylesheet applied. Screenshots: target/screenshots/spa-*.png.
// `node tests/e2e/spa.mjs` after `make build`; about 25 s.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clean, equal, startHarness } from './harness.mjs';
import { recipes } from '../integrations/readme.mjs';

const SITE = 'tests/spa/vitepress';
const OUT = 'target/spa/vitepress';
const SHOTS = 'target/screenshots';
const started = Date.now();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

await stat('dist/embed.js').catch(() => { throw new Error('dist/embed.js is missing: run `make build` first'); });
// The README's recipe: its config (imported by the site's config) and its page.
const recipe = recipes().vitepress;
await writeFile(join(SITE, '.vitepress', 'readme-recipe.mjs'), recipe.config);
await writeFile(join(SITE, 'recipe.md'), `# The README's recipe\n\n${recipe.page}`);
await rm(join(SITE, 'public', 'dlvm'), { recursive: true, force: true });
await cp('dist', join(SITE, 'public', 'dlvm'), { recursive: true });
await rm(OUT, { recursive: true, force: true });
try {
  execFileSync('node_modules/.bin/vitepress', ['build', SITE, '--outDir', OUT, '--logLevel', 'warn'], { stdio: 'pipe' });
} catch (error) {
  console.error(String(error.stdout), String(error.stderr));
  throw error;
}
console.log(`     built the VitePress site in ${seconds(started)} s`);
// The build has its copy (OUT/dlvm/); keep the source tree clean.
await rm(join(SITE, 'public'), { recursive: true, force: true });

// The built site itself names no other origin in what it loads.
const foreignInHtml = [];
for (const name of await readdir(OUT)) {
  if (!name.endsWith('.html')) continue;
  const html = await readFile(join(OUT, name), 'utf8');
  for (const [, url] of html.matchAll(/<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) {
    if (/^(?:[a-z]+:)?\/\//i.test(url)) foreignInHtml.push(`${name}: ${url}`);
  }
}

const { context, open, test, finish } = await startHarness({ dir: OUT, mounts: {} });
await mkdir(SHOTS, { recursive: true });

const PAGES = {
  '/': ['badge', 'badge', 'badge', 'card'],
  '/guide.html': ['timeline', 'badge'],
  '/about.html': [],
  // The README's page and a card whose version Vue binds (reached by
  // address: they are in no menu).
  '/recipe.html': ['badge', 'badge', 'card', 'timeline'],
  '/reactive.html': ['card'],
};
const APPEARANCE = 'vitepress-theme-appearance';

/** Opens `path` with VitePress's stored appearance set to `scheme`, at `width` px. */
async function openSite(path, { width = 1280, scheme = 'light' } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [APPEARANCE, scheme]);
  // Counts the frames in which an instance shows its content before its
  // stylesheet has applied.
  await page.addInitScript(() => {
    window.__unstyledFrames = 0;
    const tick = () => {
      // Styled: the loader's adopted stylesheet, or a linked one that has loaded.
      window.__unstyledFrames += [...document.querySelectorAll('dlvm-timeline')].some((host) => host.shadowRoot
        ?.querySelector('.dlvm') && !(host.shadowRoot.adoptedStyleSheets.length
          || host.shadowRoot.querySelector('link[rel=stylesheet]')?.sheet)) ? 1 : 0;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const loads = [];
  page.on('load', () => loads.push(page.url()));
  const session = await open(path, { waitFor: null, page });
  await arrived(page, path);
  loads.length = 0;
  return { ...session, loads };
}

/**
 * The page's path, each host's rendered view (null until rendered and its
 * stylesheet applied), the loader's counts.
 */
const snapshot = (page) => page.evaluate(async () => {
  const embed = await import('/dlvm/embed.js');
  return {
    path: location.pathname,
    views: [...document.querySelectorAll('dlvm-timeline')].map((host) => {
      const root = host.shadowRoot;
      const styled = !!(root?.adoptedStyleSheets.length || root?.querySelector('link[rel=stylesheet]')?.sheet);
      return (styled && root.querySelector('.dlvm[data-as-of]')?.dataset.view) || null;
    }),
    mounted: embed.mounted(),
    memory: embed.wasmMemoryBytes(),
  };
});

/** Retries `read` until it gives `expected`, for up to `ms`. */
async function waitFor(page, read, expected, what, ms = 10_000) {
  const until = Date.now() + ms;
  let actual;
  do {
    actual = await read(page);
    if (JSON.stringify(actual) === JSON.stringify(expected)) return actual;
    await page.waitForTimeout(10);
  } while (Date.now() < until);
  return equal(actual, expected, what);
}

/** Waits until `path` is shown with every instance rendered and exactly those mounted. */
async function arrived(page, path) {
  const views = PAGES[path];
  await waitFor(page, async (p) => {
    const s = await snapshot(p);
    return [s.path, s.views, s.mounted];
  }, [path, views, views.length], `${path}: every <dlvm-timeline> rendered, mounted() = instances on the page`);
}

const schemes = (page) => page.evaluate(() => [...document.querySelectorAll('dlvm-timeline')].map((h) => h.getAttribute('data-dlvm-scheme')));
const isDark = (page) => page.evaluate(() => document.documentElement.classList.contains('dark'));
// What each instance paints: its root's background (a badge's is its link's).
const backgrounds = (page) => page.evaluate(() => [...document.querySelectorAll('dlvm-timeline')].map((h) => {
  const root = h.shadowRoot.querySelector('.dlvm');
  return getComputedStyle(root.dataset.view === 'badge' ? root.querySelector('.dlvm-badge-link') : root).backgroundColor;
}));
const navLink = (path) => `.VPNavBar a.VPNavBarMenuLink[href="${path}"]`;
const sidebarLink = (path) => `.VPSidebar a[href="${path}"]`;

async function toggleAppearance(page, dark) {
  await page.locator('.VPNavBar .VPSwitchAppearance >> visible=true').first().click();
  await waitFor(page, isDark, dark, `html.dark after the switch`);
  await waitFor(page, schemes, PAGES[await page.evaluate(() => location.pathname)].map(() => (dark ? 'dark' : 'light')),
    `every instance data-dlvm-scheme="${dark ? 'dark' : 'light'}"`);
}

await test('first page: every <dlvm-timeline> mounts; the badge is inline, the card a block', async () => {
  const t = Date.now();
  const session = await openSite('/');
  const { page } = session;
  console.log(`     first page: every instance rendered ${seconds(t)} s after opening`);
  const layout = await page.evaluate(() => [...document.querySelectorAll('dlvm-timeline')].map((host) => {
    // A badge's own box (the host's inline box is only its font's height).
    const box = (host.shadowRoot.querySelector('.dlvm-badge-link') ?? host).getBoundingClientRect();
    const line = parseFloat(getComputedStyle(host.parentElement).lineHeight);
    return {
      display: getComputedStyle(host).display,
      in: host.parentElement.localName,
      lines: Math.round((box.height / line) * 10) / 10,
      column: Math.round((box.width / host.parentElement.getBoundingClientRect().width) * 100),
    };
  }));
  equal(layout.map((l) => [l.display, l.in]), [['inline', 'p'], ['inline', 'td'], ['inline', 'td'], ['block', 'div']],
    'display and place of each instance');
  console.log(`     badges ${layout.slice(0, 3).map((l) => `${l.lines}`).join(', ')} lines of their text high; the card ${layout[3].column}% of its column`);
  for (const badge of layout.slice(0, 3)) {
    if (badge.lines > 1.7) throw new Error(`a badge is ${badge.lines} lines of its text high`);
  }
  equal(layout[3].column, 100, 'the card fills its column (%)');
  // The sentence flows around the badge: text before and after it on its line.
  const flow = await page.evaluate(() => {
    const host = document.querySelector('p > dlvm-timeline');
    const box = host.getBoundingClientRect();
    const p = host.parentElement.getBoundingClientRect();
    return box.left > p.left + 20 && box.top - p.top < 40;
  });
  equal(flow, true, 'the badge sits inside the sentence');
  equal(await page.evaluate(() => document.head.querySelectorAll('script[src="/dlvm/embed.js"]').length), 1, 'one loader in <head>');
  clean(session);
  await page.close();
});

await test("the README's VitePress recipe (its config and its page, as written): every instance renders in place", async () => {
  const session = await openSite('/recipe.html');
  const { page } = session;
  equal(await page.evaluate(() => [...document.querySelectorAll('dlvm-timeline')].map((host) => [getComputedStyle(host).display, host.parentElement.localName])),
    [['inline', 'p'], ['inline', 'td'], ['block', 'div'], ['block', 'div']], 'display and place of each instance');
  equal(await page.evaluate(() => document.head.querySelectorAll('link[rel=stylesheet][href="/dlvm/reserve.css"]').length), 1, "the recipe's reserve.css");
  clean(session);
  await page.close();
});

await test('an attribute Vue binds: changed by the page, the instance shows the new version, one instance mounted', async () => {
  const session = await openSite('/reactive.html');
  const { page } = session;
  const shown = () => page.evaluate(async () => {
    const host = document.getElementById('reactive');
    // The card's heading names its version ("PyTorch 2.4 …").
    const heading = host.shadowRoot?.querySelector('.dlvm[data-as-of] h2, .dlvm[data-as-of] h3')?.textContent ?? '';
    return [host.getAttribute('version'), heading.match(/PyTorch (\d+\.\d+)/)?.[1] ?? heading,
      (await import('/dlvm/embed.js')).mounted()];
  });
  await waitFor(page, shown, ['pytorch/2.4', '2.4', 1], 'the first version');
  await page.click('#switch');
  await waitFor(page, shown, ['pytorch/2.7', '2.7', 1], 'the version Vue set');
  await page.click('#switch');
  await waitFor(page, shown, ['pytorch/2.4', '2.4', 1], 'and back');
  clean(session);
  await page.close();
});

await test('loader ready before Vue hydrates: the instances it mounted survive hydration untouched', async () => {
  // Hold back the page's chunk: VitePress hydrates only once it has it,
  // while embed.js defines the element and mounts the prerendered ones.
  const page = await context.newPage();
  await page.route(/\/assets\/index\.md\.[\w-]+\.lean\.js$/, async (route) => {
    await new Promise((done) => setTimeout(done, 2000));
    await route.continue();
  });
  const session = await open('/', { waitFor: null, page });
  await arrived(page, '/');
  const hydrated = () => page.evaluate(() => !!document.getElementById('app').__vue_app__);
  equal(await hydrated(), false, 'mounted before hydration');
  await page.evaluate(() => document.querySelectorAll('dlvm-timeline').forEach((h) => { h.shadowRoot.querySelector('.dlvm').__kept = true; }));
  await waitFor(page, hydrated, true, 'hydrated');
  await page.waitForTimeout(300);
  equal(await page.evaluate(() => [...document.querySelectorAll('dlvm-timeline')].map((h) => !!h.shadowRoot.querySelector('.dlvm')?.__kept)),
    [true, true, true, true], 'the same rendered roots after hydration (no remount)');
  await arrived(page, '/');
  await page.click(navLink('/guide.html'));
  await arrived(page, '/guide.html');
  clean(session);
  await page.close();
});

let shared;
await test('the site\'s own links navigate client-side and mount the next page\'s instances', async () => {
  shared = await openSite('/');
  const { page, loads } = shared;
  await page.evaluate(() => { window.__spaMarker = 'still here'; });
  await page.click(navLink('/guide.html'));
  await arrived(page, '/guide.html');
  equal(await page.evaluate(() => new Set([...document.querySelector('dlvm-timeline').shadowRoot
    .querySelectorAll('[data-version-id^="pytorch/"]')].map((e) => e.dataset.versionId)).size > 3), true, 'the PyTorch timeline shows its versions');
  await page.click(sidebarLink('/about.html'));
  await arrived(page, '/about.html');
  await page.click(sidebarLink('/guide.html'));
  await arrived(page, '/guide.html');
  equal([loads, await page.evaluate(() => window.__spaMarker)], [[], 'still here'], 'no page load: the window survived');
  equal(await page.evaluate(() => document.head.querySelectorAll('script[src="/dlvm/embed.js"]').length), 1, 'still one loader in <head>');
  clean(shared);
});

await test('Back mounts the earlier pages\' instances again', async () => {
  const { page, loads } = shared;
  await page.goBack();
  await arrived(page, '/about.html');
  await page.goBack();
  await arrived(page, '/guide.html');
  await page.goBack();
  await arrived(page, '/');
  await page.goForward();
  await arrived(page, '/guide.html');
  equal([loads, await page.evaluate(() => window.__spaMarker)], [[], 'still here'], 'no page load: the window survived');
  clean(shared);
  await page.close();
});

await test('VitePress\'s dark switch re-themes every instance, and back; new instances arrive dark', async () => {
  const session = await openSite('/');
  const { page } = session;
  equal([await isDark(page), await schemes(page)], [false, ['light', 'light', 'light', 'light']], 'light to start');
  const light = await backgrounds(page);
  await toggleAppearance(page, true);
  const dark = await backgrounds(page);
  equal(dark.every((colour, i) => colour !== light[i]), true, `every instance changed colour (${light.join(', ')} → ${dark.join(', ')})`);
  // Instances mounted while the page is dark are dark from the start.
  await page.click(navLink('/guide.html'));
  await arrived(page, '/guide.html');
  await waitFor(page, schemes, ['dark', 'dark'], 'the next page\'s instances dark');
  await toggleAppearance(page, false);
  await page.click(navLink('/'));
  await arrived(page, '/');
  await waitFor(page, schemes, ['light', 'light', 'light', 'light'], 'light again');
  equal(await backgrounds(page), light, 'the light colours again');
  equal(session.loads, [], 'no page load');
  clean(session);
  await page.close();
});

await test('100 navigations back and forth: WebAssembly memory flat, mounted() = the instances on the page', async () => {
  const session = await openSite('/');
  const { page, loads } = session;
  const stylesheets = [];
  page.on('request', (r) => { if (/\/dlvm\/(style|cards)[.\w-]*\.css$/.test(r.url())) stylesheets.push(r.url()); });
  const unstyledAtStart = await page.evaluate(() => window.__unstyledFrames);
  const t = Date.now();
  const memory = [];
  const maxMounted = [];
  // Forward by the nav bar and the sidebar, back by the browser.
  const steps = [
    ['/guide.html', () => page.click(navLink('/guide.html'))],
    ['/', () => page.goBack()],
    ['/guide.html', () => page.click(sidebarLink('/guide.html'))],
    ['/', () => page.click(navLink('/'))],
  ];
  for (let i = 0; i < 100; i++) {
    const [path, go] = steps[i % steps.length];
    await go();
    await arrived(page, path);
    const s = await snapshot(page);
    memory.push(s.memory);
    maxMounted.push(s.mounted);
  }
  const baseline = memory[7];
  const last = memory[memory.length - 1];
  console.log(`     100 navigations in ${seconds(t)} s; WebAssembly memory: ${memory[0]} B after the 1st, ${baseline} B after the 8th, ${last} B after the 100th (max ${Math.max(...memory)})`);
  const unstyled = await page.evaluate(() => window.__unstyledFrames) - unstyledAtStart;
  console.log(`     stylesheet requests in 100 navigations: ${stylesheets.length}; animation frames with an instance shown before its stylesheet applied: ${unstyledAtStart} on the first load, ${unstyled} in the 100 navigations`);
  // The loader holds each entry's stylesheet once: no unstyled frame, and no
  // request per navigation; at most the whole widget's, once, when a page of
  // the site first shows a full view or a timeline (its wasm comes with it).
  equal([unstyledAtStart, unstyled], [0, 0], 'unstyled frames (first load, navigations)');
  equal(stylesheets.length <= 1 && stylesheets.every((url) => /\/style\.[0-9a-f]{10}\.css$/.test(url)), true, `stylesheet requests in the navigations: ${stylesheets}`);
  if (last - baseline > 65_536) throw new Error(`memory grew by ${last - baseline} B after the 8th navigation`);
  equal(await snapshot(page).then((s) => [s.path, s.mounted]), ['/', 4], 'ends on the first page with its 4 instances');
  equal(loads, [], 'no page load in 100 navigations');
  clean(session);
  await page.close();
});

await test('no console errors, page errors or foreign requests on any page; the built HTML names no other origin', async () => {
  equal(foreignInHtml, [], 'foreign URLs in the built HTML');
  for (const path of Object.keys(PAGES)) {
    const session = await openSite(path);
    await session.page.evaluate(() => document.fonts.ready);
    clean(session);
    await session.page.close();
  }
});

await test('screenshots: light and dark at 390 and 1280 px; no sideways scroll', async () => {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark']) {
      for (const path of ['/', '/guide.html']) {
        const session = await openSite(path, { width, scheme });
        const { page } = session;
        equal(await isDark(page), scheme === 'dark', 'the page\'s appearance');
        await waitFor(page, schemes, PAGES[path].map(() => scheme), `every instance ${scheme}`);
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        equal(overflow, 0, `${path} at ${width} px: horizontal overflow`);
        const name = path === '/' ? 'index' : 'guide';
        await page.screenshot({ path: `${SHOTS}/spa-${name}-${width}-${scheme}.png`, fullPage: true });
        clean(session);
        await page.close();
      }
    }
  }
});

console.log(`     total ${seconds(started)} s`);
process.exit((await finish()) ? 1 : 0);
