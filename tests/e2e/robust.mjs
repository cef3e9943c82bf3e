// End-to-end robustness: the reader's time zone at midnight, 50 instances on
// one page, 1,000 mounts and unmounts without leaks, and an iframe that acts
// on no message it receives.
import { chromium } from 'playwright-core';
import { clean, equal, startHarness, until } from './harness.mjs';

const { origin, open, test, finish } = await startHarness();

await test('the evaluation date is the reader\'s local date, at midnight in several time zones', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // 2026-11-26 23:30 UTC: already the 27th east of UTC+0:30, still the 26th west of it.
  const instant = new Date('2026-11-26T23:30:00Z');
  const cases = [['UTC', '2026-11-26'], ['America/Los_Angeles', '2026-11-26'], ['Asia/Kolkata', '2026-11-27'],
    ['Pacific/Kiritimati', '2026-11-27'], ['Pacific/Pago_Pago', '2026-11-26']];
  try {
    for (const [timezoneId, expected] of cases) {
      const context = await browser.newContext({ timezoneId });
      const page = await context.newPage();
      await page.clock.setFixedTime(instant);
      await page.goto(`${origin}/`);
      await page.waitForSelector('.dlvm[data-as-of]');
      equal(await page.getAttribute('.dlvm', 'data-as-of'), expected, timezoneId);
      // An embedded instance agrees with the standalone page.
      await page.goto(`${origin}/test/many.html`);
      await page.evaluate(() => {
        const e = document.createElement('div');
        e.id = 'one';
        e.setAttribute('data-dlvm-timeline', '');
        e.setAttribute('data-view', 'badge');
        e.setAttribute('data-version', 'pytorch/2.7');
        document.getElementById('slot').append(e);
      });
      await until(page, (p) => p.evaluate(() => document.getElementById('one')?.shadowRoot?.querySelector('.dlvm')?.dataset.asOf ?? null),
        expected, `${timezoneId} (embedded)`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
});

/** Opens the many-instances test page with its helpers loaded. */
async function manyPage() {
  const session = await open('/test/many.html', { waitFor: null });
  await session.page.waitForFunction(() => window.dlvmTest);
  return session;
}

await test('50 instances on one page render and the page stays responsive', async () => {
  const session = await manyPage();
  const { page } = session;
  const elapsed = await page.evaluate(() => window.dlvmTest.insert(50));
  console.log(`     50 instances rendered in ${elapsed.toFixed(0)} ms`);
  // Responsive: a click in one instance re-renders it within a frame budget.
  const [took, tab] = await page.evaluate(() => window.dlvmTest.clickFull());
  equal(tab, 'pytorch', 'the clicked instance reacted');
  if (took > 250) throw new Error(`a click took ${took} ms with 50 instances`);
  clean(session);
  await page.close();
});

await test('1,000 mounts and unmounts leak nothing (wasm memory and JS heap settle)', async () => {
  const session = await manyPage();
  const { page } = session;
  const result = await page.evaluate(async () => {
    const t = window.dlvmTest;
    await t.cycle(100); // warm-up: allocator pools, JIT, caches
    const before = t.memory();
    await t.cycle(1000);
    return { before, after: t.memory(), mounted: t.mounted() };
  });
  const [[wasmBefore, heapBefore], [wasmAfter, heapAfter]] = [result.before, result.after];
  console.log(`     wasm memory ${wasmBefore} -> ${wasmAfter} bytes; JS heap ${heapBefore} -> ${heapAfter} bytes`);
  equal(result.mounted, 0, 'every instance unmounted');
  if (wasmAfter - wasmBefore > 64 << 10) throw new Error('wasm memory grew by more than one 64 KiB page');
  if (heapAfter - heapBefore > 512 << 10) throw new Error('JS heap grew by more than 512 KiB');
  clean(session);
  await page.close();
});

await test('the iframe mode posts only its height and ignores messages it receives', async () => {
  const session = await open('/demo.html', { waitFor: 'iframe[data-dlvm-frame]' });
  const { page } = session;
  const frame = page.frameLocator('iframe[data-dlvm-frame]');
  await frame.locator('[data-selected]').waitFor();
  const before = await frame.locator('.dlvm').evaluate((e) => e.outerHTML);
  const received = await page.evaluate(async () => {
    const seen = [];
    window.addEventListener('message', (e) => seen.push(e.data));
    const target = document.querySelector('iframe[data-dlvm-frame]').contentWindow;
    for (const message of [{ type: 'dlvm-timeline:height', height: 1 }, '<img src=x onerror=alert(1)>', { view: 'full' }, null]) {
      target.postMessage(message, '*');
    }
    await new Promise((r) => setTimeout(r, 300));
    return seen;
  });
  equal(await frame.locator('.dlvm').evaluate((e) => e.outerHTML), before, 'the frame did not change');
  equal(received.every((m) => m && m.type === 'dlvm-timeline:height' && Number.isFinite(m.height)), true, `only heights: ${JSON.stringify(received)}`);
  clean(session);
  await page.close();
});

process.exit((await finish()) ? 1 : 0);
