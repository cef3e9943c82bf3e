// What a page showing the widget transfers: every file it loads from the
// bundle folder (as the browser asked for them, once each; not the icon, the
// host's choice, nor the host's own page), gzip -9, until every instance
// rendered. Used by `make test` (tests/e2e/run.mjs, the budgets) and
// `make bench` (BENCHMARKS.md).
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** Every instance on the page rendered: the standalone widget, or each embed's shadow root. */
export const READY = () => {
  const hosts = [...document.querySelectorAll('dlvm-timeline, [data-dlvm-timeline]')];
  return !!document.querySelector('#dlvm-timeline .dlvm[data-as-of]')
    || (hosts.length > 0 && hosts.every((h) => h.shadowRoot?.querySelector('.dlvm[data-as-of]')));
};

/**
 * Opens `url` in a new page of `context` and returns { total, sizes }: the
 * gzip -9 size of each file it loaded from `dir` (served at the URL's origin;
 * paths under `hostPrefixes` are the host's, not counted).
 */
export async function pageWeight(context, url, dir = 'dist', hostPrefixes = ['/test/', '/bench-pages/']) {
  const page = await context.newPage();
  const { origin } = new URL(url);
  const files = new Set();
  page.on('request', (r) => {
    const { origin: from, pathname } = new URL(r.url());
    if (from === origin && !hostPrefixes.some((p) => pathname.startsWith(p)) && !pathname.endsWith('.svg')) {
      files.add(pathname.slice(1) || 'index.html');
    }
  });
  await page.goto(url);
  await page.waitForFunction(READY);
  await page.waitForLoadState('networkidle');
  await page.close();
  const sizes = {};
  for (const f of [...files].sort()) sizes[f] = gzipSync(await readFile(join(dir, f)), { level: 9 }).length;
  return { total: Object.values(sizes).reduce((a, b) => a + b, 0), sizes };
}
