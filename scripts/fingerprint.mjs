// Trunk post-build hook (after minify.mjs and pages.sh): gives the files
// behind the stable entries a content hash in their names, so a release's
// loader only ever loads that release's glue, wasm and stylesheet:
//
//   dlvm-timeline.js       → dlvm-timeline.<hash>.js
//   dlvm-timeline_bg.wasm  → dlvm-timeline_bg.<hash>.wasm
//   style.css              → style.<hash>.css
//   cards.css              → cards.<hash>.css
//
// and rewrites the names where the entries load them (embed.js, start.js,
// index.html), with the wasm's integrity where the loaders fetch it (so a
// page that pins embed.js with `integrity` pins the wasm too). The entries keep their names: pages link embed.js (or open
// index.html, embed.html) by a URL that never changes, served with
// revalidation; the hashed files can be cached for a year. A reader whose
// cache holds release N's embed.js asks for N's files by name, never N+1's;
// a host that replaces its files in place serves N+1's entry with N+1's
// files. Run again on a folder already fingerprinted, it renames the files
// by their new contents (tests make a release N+1 that way).
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The hashed files, in the order their names are settled: the glue names the wasm, so the wasm goes first. */
const FILES = [
  { stem: 'dlvm-timeline_bg', ext: 'wasm' },
  { stem: 'dlvm-timeline', ext: 'js' },
  { stem: 'dlvm-lite_bg', ext: 'wasm' },
  { stem: 'dlvm-lite', ext: 'js' },
  { stem: 'style', ext: 'css' },
  { stem: 'cards', ext: 'css' },
];
/** Where the hashed names are written: the entries, and the glue (its default wasm URL). */
const REFERRERS = [['dlvm-timeline', 'js'], ['dlvm-lite', 'js'], ['embed', 'js'], ['start', 'js'], ['index', 'html']];
const HASHED = (stem, ext) => new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.[0-9a-f]{10})?\\.${ext}$`);

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);
/** Subresource Integrity of `bytes`, as a page's `integrity` attribute writes it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/**
 * The loaders name each wasm with its integrity in one string
 * (`'./x_bg.wasm WASM_INTEGRITY'`): the placeholder, or the last build's.
 */
const WASM_INTEGRITY = (wasm) => new RegExp(`(${wasm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}) (?:WASM_INTEGRITY|sha384-[A-Za-z0-9+/]{64})`, 'g');

/** Renames the files in `dir` by their contents; returns { old name: new name }. */
export async function fingerprint(dir) {
  const names = await readdir(dir);
  const renamed = {};
  for (const { stem, ext } of FILES) {
    const current = names.find((name) => HASHED(stem, ext).test(name));
    if (!current) continue; // not part of this build (the benchmark page)
    // Earlier renames first: the glue's text names the wasm.
    await rewriteNames(dir, [current], renamed);
    const bytes = await readFile(join(dir, current));
    const next = `${stem}.${hash(bytes)}.${ext}`;
    if (next !== current) await rename(join(dir, current), join(dir, next));
    renamed[current] = next;
    names[names.indexOf(current)] = next;
  }
  const referrers = names.filter((name) => REFERRERS.some(([stem, ext]) => HASHED(stem, ext).test(name)));
  await rewriteNames(dir, referrers, renamed);
  for (const wasm of Object.values(renamed).filter((name) => name.endsWith('.wasm'))) {
    const integrity = sri(await readFile(join(dir, wasm)));
    for (const loader of ['embed.js', 'start.js'].filter((name) => names.includes(name))) {
      const path = join(dir, loader);
      await writeFile(path, (await readFile(path, 'utf8')).replace(WASM_INTEGRITY(wasm), `$1 ${integrity}`));
    }
  }
  return renamed;
}

/** Writes the new names into each of `files` (in `dir`) that mentions an old one. */
async function rewriteNames(dir, files, renamed) {
  for (const file of files) {
    if (file.endsWith('.wasm')) continue;
    const path = join(dir, file);
    const text = await readFile(path, 'utf8');
    let out = text;
    for (const [from, to] of Object.entries(renamed)) {
      // Whole names only (`style.css`, not `page.style.css`): after ./ , a
      // quote, = or a slash.
      out = out.replace(new RegExp(`(^|[./"'=\\s])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|["'\\s>?#])`, 'gm'), `$1${to}`);
    }
    if (out !== text) await writeFile(path, out);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error('usage: TRUNK_STAGING_DIR=dist node scripts/fingerprint.mjs (or DIR)');
  const renamed = await fingerprint(dir);
  // Every entry must now load hashed files only, the wasm by its integrity.
  for (const entry of ['embed.js', 'start.js', 'index.html']) {
    let text;
    try {
      text = await readFile(join(dir, entry), 'utf8');
    } catch {
      continue;
    }
    if (text.includes('WASM_INTEGRITY')) throw new Error(`${entry}: the wasm's integrity was not written`);
    for (const [old, now] of Object.entries(renamed)) {
      if (old !== now && new RegExp(`(^|[./"'=\\s])${old.replace(/\./g, '\\.')}(?=$|["'\\s>?#])`, 'm').test(text)) {
        throw new Error(`${entry}: still loads ${old} after fingerprinting`);
      }
    }
  }
  console.log(`fingerprint: ${Object.values(renamed).join(', ')}`);
}
