// The links a docs integration writes so the files embed.js will ask for
// are fetched while the page loads (python/dlvm_embed.py `preload_tags`):
// the small entry's on a page of badges and cards only, the whole widget's
// on a page with any other view; each pointing at the one file of its kind
// in the copied bundle.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';

const FILES = {
  lite: [/^dlvm-lite\.[0-9a-f]+\.js$/, /^dlvm-lite_bg\.[0-9a-f]+\.wasm$/, /^cards\.[0-9a-f]+\.css$/],
  full: [/^dlvm-timeline\.[0-9a-f]+\.js$/, /^dlvm-timeline_bg\.[0-9a-f]+\.wasm$/, /^style\.[0-9a-f]+\.css$/],
};

/**
 * Checks the preload links in `markup` (a page, or the part of it that holds
 * them) for the instances in `page` (the whole page); `toFile(href)` gives the
 * file an address points to. Throws on a mismatch; returns the entry.
 */
export function checkPreloads(markup, page, toFile, where) {
  const views = [...page.matchAll(/<dlvm-timeline\b([^>]*)>/g)].map((m) => /\bview="([^"]*)"/.exec(m[1])?.[1] ?? 'full');
  if (views.length === 0) throw new Error(`${where}: no instance to check the preloads against`);
  const entry = views.every((v) => v === 'badge' || v === 'card') ? 'lite' : 'full';
  const glue = [...markup.matchAll(/<link rel="modulepreload" href="([^"]*)">/g)].map((m) => m[1]);
  const fetched = [...markup.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]*)">/g)].map((m) => m[1]);
  const hrefs = [...glue, ...fetched];
  if (glue.length !== 1 || fetched.length !== 2) throw new Error(`${where}: preloads ${JSON.stringify(hrefs)}`);
  hrefs.forEach((href, i) => {
    const file = toFile(href);
    if (!FILES[entry][i].test(basename(file))) throw new Error(`${where}: ${href} is not the ${entry} entry's file ${FILES[entry][i]}`);
    if (!existsSync(file)) throw new Error(`${where}: ${href} points to no file (${file})`);
  });
  return entry;
}
