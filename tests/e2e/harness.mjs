// Shared by the end-to-end suites: a browser, a server for dist/ (plus the
// test pages under /test/), page helpers and a tiny test runner that prints
// `N passed, N failed`.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunner, equal } from './runner.mjs';
import { startServer } from './serve.mjs';

export { equal };

// The strictest policy a docs host sets: no inline script or style, no
// eval, and Trusted Types enforced with no policy allowed: the widget never
// writes markup from a string (innerHTML and the like), so it needs none.
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/**
 * A browser and a server: by default for dist/ with the test pages under
 * /test/; `dir`, `mounts` and `rewrite` serve something else (the docs
 * sites). Pages whose name ends in csp.html, and everything under
 * /strict/ (dist/ again), are served under STRICT_CSP, and /octet/ is
 * dist/ with its wasm as application/octet-stream; `headers(path)`
 * replaces those rules.
 */
export async function startHarness({
  dir = 'dist',
  mounts = { '/test/': 'tests/e2e/pages', '/strict/': 'dist', '/octet/': 'dist' },
  rewrite = null,
  headers = null,
} = {}) {
  // dist/ again under /strict/, every file with the strict policy (unless
  // `headers(path)` gives every response's headers itself).
  // Under /octet/, dist/ once more with its wasm served as
  // application/octet-stream, as some hosts do.
  const server = await startServer(dir, 0, headers ?? ((path) => (
    path.endsWith('csp.html') || path.startsWith('/strict/') ? { 'content-security-policy': STRICT_CSP }
      : path.startsWith('/octet/') && path.endsWith('.wasm') ? { 'content-type': 'application/octet-stream' } : {}
  )), mounts, rewrite ? (path, text) => rewrite(path, text, origin) : null);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = await mkdtemp(join(tmpdir(), 'dlvm-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      // For the leak test: a callable gc() and exact heap sizes.
      '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
  });
  const { test, report } = createRunner();

  /** Opens `path`; collects console errors/warnings, CSP violations and requests leaving the origin. */
  async function open(path, { waitFor = '.dlvm[data-as-of]', page: given } = {}) {
    const page = given ?? await context.newPage();
    const errors = [];
    const foreign = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => { if (!r.url().startsWith(origin)) foreign.push(r.url()); });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    await page.goto(origin + path);
    if (waitFor) await page.waitForSelector(waitFor);
    return { page, errors, foreign };
  }

  async function finish() {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
    return report();
  }

  return { origin, context, open, test, finish, server };
}

export function clean({ errors, foreign }) {
  equal(errors, [], 'console errors');
  equal(foreign, [], 'requests outside the page origin');
}

/** Retries `read` until it returns `expected` (the widget renders asynchronously). */
export async function until(page, read, expected, what) {
  for (let i = 0; i < 100; i++) {
    if (JSON.stringify(await read(page)) === JSON.stringify(expected)) return;
    await page.waitForTimeout(20);
  }
  equal(await read(page), expected, what);
}
