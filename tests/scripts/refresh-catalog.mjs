// A refreshed copy of the shipped catalog, as the next read of Google's
// pages could give it: two new versions (a VM image and a container), one
// end of availability moved, one record removed. `make refresh-proof` builds
// the native tests with it (build.rs reads DLVM_CATALOG) and runs every test
// but those whose subject is the shipped data (`shipped_data`): they must
// pass unchanged (TESTING.md, "Tests that survive a refresh").
//
// Made from static/catalog.json each run, so it follows the real catalog.
// Usage: node tests/scripts/refresh-catalog.mjs OUT.json

import { readFileSync, writeFileSync } from 'node:fs';

const [out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node tests/scripts/refresh-catalog.mjs OUT.json');
  process.exit(2);
}
const catalog = JSON.parse(readFileSync('static/catalog.json', 'utf8'));
const records = catalog.records;

const addDays = (iso, days) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const variantOf = (r) => r.id.slice(r.id.lastIndexOf('/') + 1).includes('-');
const plain = (r) => !variantOf(r) && !r.conflicts_with && !r.flags && !r.data_issue;
const fail = (why) => {
  console.error(`refresh-catalog: ${why}`);
  process.exit(1);
};

// A new minor version after the newest one of a framework's product, shaped
// like its newest plain record (families and images renamed).
function newVersion(product, framework) {
  const mine = records.filter((r) => r.product === product && r.framework === framework);
  const model = mine.find(plain) ?? fail(`no plain ${product} ${framework} record`);
  const [major] = model.version.split('.');
  const minors = mine
    .filter((r) => r.version.split('.')[0] === major)
    .map((r) => Number(r.version.split('.')[1]));
  const version = `${major}.${Math.max(...minors) + 1}`;
  const rename = (text) =>
    text
      .replace(model.version.replace('.', '-'), version.replace('.', '-'))
      .replace(`${framework}.${model.version}`, `${framework}.${version}`);
  const prefix = product === 'containers' ? 'containers/' : '';
  const record = {
    ...model,
    id: `${prefix}${framework}/${version}`,
    version,
    label: model.label.replace(model.version, version),
    image_families: model.image_families.map(rename),
    container_images: model.container_images.map(rename),
    patch_version: `${version}.0`,
    released: catalog.as_of,
    end_of_patch: addDays(catalog.as_of, 365),
    end_of_availability: addDays(catalog.as_of, 730),
    notes: ['A version added by the refreshed-catalog test.'],
  };
  delete record.image_families_seen;
  // Newest first within a framework: before the newest one.
  records.splice(records.indexOf(mine[0]), 0, record);
  return record.id;
}

const added = [newVersion('vm', 'pytorch'), newVersion('containers', 'tensorflow')];

// One end of availability moved a month later, on a record the other
// product doesn't list (it would then print other values).
const twin = (r) => records.some((o) => o.product !== r.product && o.framework === r.framework && o.version === r.version);
const moved = records.find((r) => plain(r) && r.product === 'vm' && !twin(r) && !added.includes(r.id))
  ?? fail('no plain VM record to move');
moved.end_of_availability = addDays(moved.end_of_availability, 30);

// One record removed: plain, and no other record names it.
const named = new Set(records.flatMap((r) => r.conflicts_with ?? []));
const removed = records.findLast((r) => plain(r) && r.product === 'vm' && !named.has(r.id) && r !== moved)
  ?? fail('no record to remove');
records.splice(records.indexOf(removed), 1);

writeFileSync(out, `${JSON.stringify(catalog, null, 2)}\n`);
console.log(`${out}: added ${added.join(', ')}; moved ${moved.id}'s end of availability; removed ${removed.id}`);
