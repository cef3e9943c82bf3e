// Builds the docs sites the widget is tested in (tests/e2e/sites.mjs):
// Sphinx with Furo, Sphinx with the Read the Docs theme, MkDocs with
// Material, from the sources next to this file, with the generators
// scripts/setup.sh installs into .venv. Each page embeds the widget as a
// docs author would: through our own wheels (target/wheels, built by
// scripts/wheels.sh and installed into .venv here), which copy the bundle
// into the built site, so the widget is on the site's origin; and the
// README's iframe snippet copied verbatim (the test server points its
// example origin at itself).
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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

/** Installs the docs integrations' wheels into .venv, as an author would. */
export async function installWheels(dir = 'target/wheels') {
  const wheels = (await readdir(dir)).filter((name) => name.endsWith('.whl')).map((name) => join(dir, name));
  if (wheels.length < 2) throw new Error(`${dir}: expected the Sphinx and MkDocs wheels (scripts/wheels.sh)`);
  execFileSync(bin('pip'), ['install', '--quiet', '--disable-pip-version-check', '--no-deps', '--force-reinstall',
    '--no-index', ...wheels], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Builds every site; `origin` is where target/sites will be served. */
export async function buildSites(origin = 'http://127.0.0.1') {
  await installWheels();
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
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSites();
