// Builds the docs sites the widget is tested in (tests/e2e/sites.mjs):
// Sphinx with Furo, Sphinx with the Read the Docs theme, MkDocs with
// Material, from the sources next to this file, with the generators
// scripts/setup.sh installs into .venv. Each page embeds the widget as a
// docs author would, including the README's iframe snippet copied verbatim
// (the test server points its example origin at itself). dist/ is copied
// into each built site as dlvm/, so the widget is on the site's origin.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const OUT = 'target/sites';
const SOURCES = 'target/sites-src';
const bin = (name) => join('.venv', 'bin', name);

/** The README's iframe snippet: the first html block under "### Iframe mode". */
export async function iframeSnippet() {
  const readme = await readFile('README.md', 'utf8');
  const section = readme.split('### Iframe mode')[1] ?? '';
  const block = section.split('```html\n')[1]?.split('```')[0];
  if (!block) throw new Error('README.md: no html block under "### Iframe mode"');
  return block;
}

export const SITES = ['furo', 'rtd', 'material'];

/** Builds every site; `origin` is where target/sites will be served. */
export async function buildSites(origin = 'http://127.0.0.1') {
  const snippet = await iframeSnippet();
  await rm(OUT, { recursive: true, force: true });
  await rm(SOURCES, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  await cp('tests/sites', SOURCES, { recursive: true });
  await writeFile(join(SOURCES, 'iframe-snippet.html'), snippet);
  const index = join(SOURCES, 'mkdocs', 'docs', 'index.md');
  await writeFile(index, (await readFile(index, 'utf8')).replace('IFRAME_SNIPPET', snippet));
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NO_MKDOCS_2_WARNING: '1' } };
  for (const [site, theme] of [['furo', 'furo'], ['rtd', 'sphinx_rtd_theme']]) {
    execFileSync(bin('sphinx-build'), ['-q', '-b', 'html', '-D', `html_theme=${theme}`,
      join(SOURCES, 'sphinx'), join(OUT, site)], quiet);
  }
  execFileSync(bin('mkdocs'), ['build', '-q', '-f', join(SOURCES, 'mkdocs', 'mkdocs.yml'),
    '-d', join(process.cwd(), OUT, 'material')], { ...quiet, env: { ...quiet.env, DLVM_SITE_URL: `${origin}/material/` } });
  for (const site of SITES) await cp('dist', join(OUT, site, 'dlvm'), { recursive: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSites();
