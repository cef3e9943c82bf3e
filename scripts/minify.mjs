// Trunk post-build hook: minifies the JavaScript that pages load (the
// wasm-bindgen glue and the embed loaders) in the staging folder. Trunk
// minifies HTML and CSS itself but leaves this JS as written, comments and
// long names included (about 3 KB of the gzip budget).
import { minify } from 'terser';
import { shortenImports } from './short-imports.mjs';
import { asciiStrings } from './ascii-strings.mjs';
import { leanGlue } from './lean-glue.mjs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('usage: TRUNK_STAGING_DIR=dist node scripts/minify.mjs');
/** Rewrites `name` in the staging folder with `change(text)`; a file this build doesn't have is skipped. */
async function rewrite(name, change) {
  const path = join(dir, name);
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return; // not part of this build
  }
  await writeFile(path, await change(text, path));
}

// The widget's glue reads short ASCII strings without TextDecoder
// (ascii-strings.mjs): a render of many rows makes tens of thousands of
// DOM calls with text. (Not the badge-and-card entry's: 12 badges mounted
// 0.1 ms sooner for 68 bytes more.)
for (const name of ['dlvm-timeline.js', 'dlvm-bench.js']) await rewrite(name, asciiStrings);
// Every glue starts its wasm one way, the loaders', and says a value's
// debug string plainly (lean-glue.mjs).
for (const name of ['dlvm-timeline.js', 'dlvm-lite.js', 'dlvm-bench.js']) await rewrite(name, leanGlue);

for (const name of ['dlvm-timeline.js', 'dlvm-lite.js', 'dlvm-bench.js', 'start.js', 'embed.js', 'embed-frame.js', 'demo.js']) {
  await rewrite(name, async (source) => (await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code);
}

// Stylesheets Trunk copies rather than processes (embed-frame.css,
// share.css): no comments, no indentation.
for (const name of ['embed-frame.css', 'share.css']) {
  await rewrite(name, (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '').replace(/\s*([{};:,])\s*/g, '$1'));
}

// The stylesheets: cards.css holds what badges and cards show (the
// badge-and-card entry's), widget.css what only the whole widget shows;
// style.css, the whole widget's, is both in one file (one download, and
// compressed together). widget.css is not served on its own.
try {
  const cards = await readFile(join(dir, 'cards.css'), 'utf8');
  const widget = await readFile(join(dir, 'widget.css'), 'utf8');
  await writeFile(join(dir, 'style.css'), cards + widget);
  await rm(join(dir, 'widget.css'));
} catch (error) {
  if (error.code !== 'ENOENT') throw error; // no stylesheets in this build
}

// With inject_scripts = false Trunk leaves its `<link data-trunk rel=rust>`
// in the page: nothing reads it there.
await rewrite('index.html', (html, path) => {
  let page = html.replace(/<link[^>]*\bdata-trunk\b[^>]*>/g, '');
  // One stylesheet for the page: style.css in place of its two parts.
  page = page.replace(/<link\b[^>]*\bhref=(["']?)(?:\.\/)?widget\.css\1[^>]*>/, '');
  // (Its integrity, had the page one, would be the part's: dropped.)
  page = page.replace(/<link\b[^>]*\bhref=(["']?)(?:\.\/)?cards\.css\1[^>]*>/, (link) =>
    link.replace(/cards\.css/, 'style.css').replace(/\s+integrity=("[^"]*"|'[^']*'|[^\s>]+)/, ''));
  // The standalone page's first paint (made at build time) needs only
  // page.css: the widget's stylesheet is preloaded instead of blocking it,
  // and start.js applies it before the widget mounts.
  if (page.includes('data-dlvm-standalone')) {
    const sheet = /<link\b[^>]*\bhref=(["']?)(?:\.\/)?style\.css\1[^>]*\brel=(["']?)stylesheet\2[^>]*>/;
    if (!sheet.test(page)) throw new Error(`${path}: no style.css stylesheet link to preload instead`);
    page = page.replace(sheet, '<link as=style href=style.css rel=preload>');
  }
  return page;
});

// Short import names in the wasm and its glue (see short-imports.mjs).
for (const stem of ['dlvm-timeline', 'dlvm-lite', 'dlvm-bench']) {
  let wasm;
  let js;
  try {
    wasm = await readFile(join(dir, `${stem}_bg.wasm`));
    js = await readFile(join(dir, `${stem}.js`), 'utf8');
  } catch {
    continue; // not part of this build
  }
  const out = shortenImports(wasm, js);
  await writeFile(join(dir, `${stem}_bg.wasm`), out.wasm);
  await writeFile(join(dir, `${stem}.js`), out.js);
  console.log(`${stem}: ${out.renamed} import names shortened`);
}
