// The tiny test runner every node suite shares (the browser harness, the
// docs integrations): `test(name, body)` prints `ok` or `FAIL` with the
// error; `report()` prints `N passed, N failed` and returns the failures.

export function createRunner() {
  const results = [];
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
  function report() {
    const failed = results.filter(([, e]) => e).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    return failed;
  }
  return { test, report };
}

export function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}
