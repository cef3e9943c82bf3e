// End-to-end checks against the release bundle in dist/, in headless
// Debian Chromium driven by playwright-core. Prints `N passed, N failed`.
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.mjs';

const results = [];
const server = await startServer('dist');
const origin = `http://127.0.0.1:${server.address().port}`;
const profile = await mkdtemp(join(tmpdir(), 'dlvm-e2e-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Opens a page and records console errors and requests outside `origin`. */
async function open(path) {
  const page = await browser.newPage();
  const errors = [];
  const foreign = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(origin)) foreign.push(r.url()); });
  await page.goto(origin + path);
  return { page, errors, foreign };
}

async function test(name, body) {
  try {
    await body();
    results.push([name, null]);
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push([name, error]);
    console.log(`FAIL ${name}\n     ${String(error?.stack ?? error).split('\n').join('\n     ')}`);
  }
}

function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

await test('the bundle loads and renders every record with a status', async () => {
  const { page, errors, foreign } = await open('/');
  await page.waitForSelector('[data-version-id]');
  const statuses = await page.$$eval('[data-version-id]', (rows) =>
    rows.map((r) => r.getAttribute('data-status')));
  equal(statuses.length, 38, 'rendered records');
  const known = new Set(['upcoming', 'supported', 'deprecated', 'unavailable']);
  equal(statuses.filter((s) => !known.has(s)), [], 'unknown statuses');
  const asOf = await page.$eval('[data-as-of]', (e) => e.getAttribute('data-as-of'));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`data-as-of is ${asOf}`);
  equal(errors, [], 'console errors');
  equal(foreign, [], 'requests outside the page origin');
  await page.close();
});

await test('dist/catalog.json is published, identical to static/catalog.json', async () => {
  const published = await (await fetch(`${origin}/catalog.json`)).text();
  const source = await readFile('static/catalog.json', 'utf8');
  equal(published === source, true, 'identical');
  const schema = await fetch(`${origin}/catalog.schema.json`);
  equal(schema.status, 200, 'schema status');
});

await browser.close();
server.close();
await rm(profile, { recursive: true, force: true });
const failed = results.filter(([, e]) => e).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
