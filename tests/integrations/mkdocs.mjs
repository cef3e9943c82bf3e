// The MkDocs plugin (python/mkdocs-dlvm-timeline) at build time: installs the
// built wheel (target/wheels/mkdocs_dlvm_timeline-*.whl, scripts/wheels.sh)
// into .venv, builds the fixture Material site in tests/integrations/
// mkdocs-site/ with directory URLs and with .html URLs, and reads the pages
// back: the elements a badge (in a sentence, a table cell, an admonition) and
// a block (card, timeline, full) become, the site's language and warn-days
// passed on, the loader only on pages with an instance, inside the content
// Material's instant navigation swaps in, resolving to the copied embed.js;
// the bundle copied once; code examples untouched. Then the bad fixture
// (tests/integrations/mkdocs-bad-site/): each problem a warning naming the
// page, the line and the closest ids, nothing emitted, and --strict failing.
// Prints one line per check and `N passed, N failed` last.
//
// DLVM_VENV and DLVM_WHEEL point it at another virtualenv or wheel (to try
// the plugin before the project's are built).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRunner, equal } from '../e2e/runner.mjs';
import { checkPreloads } from './preloads.mjs';
import { recipes } from './readme.mjs';

const VENV = process.env.DLVM_VENV ?? '.venv';
const FIXTURE = 'tests/integrations/mkdocs-site';
const BAD_FIXTURE = 'tests/integrations/mkdocs-bad-site';
const OUT = 'target/integrations/mkdocs';
const ENV = { ...process.env, NO_MKDOCS_2_WARNING: '1' };

const { test, report } = createRunner();
function check(condition, what) {
  if (!condition) throw new Error(what);
}

/** The wheel to install: DLVM_WHEEL, else the one scripts/wheels.sh built. */
function wheelPath() {
  if (process.env.DLVM_WHEEL) return process.env.DLVM_WHEEL;
  const found = readdirSync('target/wheels').filter((f) => /^mkdocs_dlvm_timeline-.*\.whl$/.test(f));
  if (found.length !== 1) throw new Error(`expected one mkdocs wheel in target/wheels, found ${found}`);
  return join('target/wheels', found[0]);
}

/**
 * Runs `mkdocs build`; its exit status and the warnings and errors it logged.
 * Not with -q: that drops warnings before MkDocs counts them, so --strict
 * would pass.
 */
function build(config, site, ...flags) {
  const run = spawnSync(join(VENV, 'bin', 'mkdocs'), ['build', ...flags, '-f', config, '-d', join(process.cwd(), site)],
    { env: ENV, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  const log = output.split('\n').filter((l) => /^(WARNING|ERROR)\b/.test(l)).join('\n');
  return { status: run.status, log, output };
}

/** Builds (--strict) a site of one page from `config` and `page` into OUT/name-site: the build and the site's folder. */
function onePageSite(name, config, page) {
  const source = join(OUT, name);
  mkdirSync(join(source, 'docs'), { recursive: true });
  writeFileSync(join(source, 'mkdocs.yml'), config);
  writeFileSync(join(source, 'docs', 'index.md'), page);
  const site = join(OUT, `${name}-site`);
  return { ...build(join(source, 'mkdocs.yml'), site, '--strict'), site };
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
const decode = (text) => text.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (all, name) => (
  name[0] === '#' && name[1] !== 'x' ? String.fromCodePoint(Number(name.slice(1)))
    : name.startsWith('#x') && !(name in ENTITIES) ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : ENTITIES[name] ?? all));

/** A built page's content: what Material puts in its article. */
function article(site, page) {
  const html = readFileSync(join(site, page), 'utf8');
  const match = html.match(/<article class="md-content__inner md-typeset">([\s\S]*?)<\/article>/);
  if (!match) throw new Error(`${page}: no article`);
  return { html, content: match[1] };
}

/** The elements on a page: their attributes and their fallback text. */
function elements(content) {
  return [...content.matchAll(/<dlvm-timeline((?: [\w-]+="[^"]*")*)>([^<]*)<\/dlvm-timeline>/g)].map((m) => ({
    attributes: Object.fromEntries([...m[1].matchAll(/ ([\w-]+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2])])),
    text: decode(m[2]),
  }));
}

const loaders = (html) => [...html.matchAll(/<script type="module" src="([^"]*)"><\/script>/g)].map((m) => m[1]);

// Install the wheel as a user would, into the project's venv.
let packageDir;
let facts;
await test('the wheel installs offline and registers the dlvm-timeline plugin', async () => {
  execFileSync(join(VENV, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '--no-deps',
    '--force-reinstall', '--no-index', wheelPath()], { env: ENV, stdio: ['ignore', 'ignore', 'inherit'] });
  const probe = execFileSync(join(VENV, 'bin', 'python'), ['-c', [
    'import json, os, importlib.metadata as m, mkdocs_dlvm_timeline as p',
    'eps = [e.value for e in m.entry_points(group="mkdocs.plugins") if e.name == "dlvm-timeline"]',
    'print(json.dumps({"dir": os.path.dirname(p.__file__), "eps": eps}))'].join('\n')], { encoding: 'utf8' });
  const { dir, eps } = JSON.parse(probe);
  equal(eps, ['mkdocs_dlvm_timeline:DlvmTimelinePlugin'], 'entry point');
  packageDir = dir;
  facts = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
});

const sites = { dirs: join(OUT, 'dirs'), flat: join(OUT, 'flat') };
const pagePaths = {
  dirs: { index: 'index.html', plain: 'plain/index.html', syntax: 'syntax/index.html', included: 'included/index.html', nested: 'guide/nested/index.html' },
  flat: { index: 'index.html', plain: 'plain.html', syntax: 'syntax.html', included: 'included.html', nested: 'guide/nested.html' },
};
rmSync(OUT, { recursive: true, force: true });

await test('the fixture site builds with --strict and no warnings (directory and .html URLs)', async () => {
  for (const [mode, config] of [['dirs', 'mkdocs.yml'], ['flat', 'mkdocs-flat.yml']]) {
    const { status, log } = build(join(FIXTURE, config), sites[mode], '--strict');
    equal({ status, log: log.trim() }, { status: 0, log: '' }, `${mode}: exit status and log`);
  }
});

await test("the README's MkDocs recipe builds as written with --strict and gives each instance", async () => {
  const recipe = recipes().mkdocs;
  equal(recipe.install.trim(), `pip install ${wheelPath().split('/').pop().split('-')[0].replaceAll('_', '-')}`, 'installs this wheel');
  const { status, log, site } = onePageSite('readme', recipe.config, recipe.page);
  equal({ status, log: log.trim() }, { status: 0, log: '' }, 'exit status and log');
  // (MkDocs' own theme, as the recipe sets none: the whole page.)
  const content = readFileSync(join(site, 'index.html'), 'utf8');
  equal(elements(content).map((e) => [e.attributes.view, e.attributes.version ?? e.attributes.framework]), [
    ['badge', 'pytorch/2.4'], ['badge', 'tensorflow/2.16'], ['card', 'pytorch/2.4'], ['timeline', 'pytorch'],
  ], 'the instances, in order');
  check(/<td><dlvm-timeline view="badge" version="tensorflow\/2\.16"[^>]*>[^<]*<\/dlvm-timeline><\/td>/.test(content), 'the badge in its table cell');
  check(loaders(content).length === 1, 'the loader');
});

await test('inline badges: in a sentence, in a table cell (table intact), in an admonition', async () => {
  const { content } = article(sites.dirs, 'index.html');
  const badges = elements(content).filter((e) => e.attributes.view === 'badge');
  equal(badges.map((b) => b.attributes.version), ['pytorch/2.4', 'tensorflow/2.16', 'pytorch/2.4', 'pytorch/2.4'], 'badges in order');
  check(/<p>Our jobs run on PyTorch 2\.4, which is <dlvm-timeline view="badge"[^>]*>[^<]*<\/dlvm-timeline>, and move on soon/.test(content),
    'the sentence badge stays inline in its paragraph');
  const rows = [...content.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => (r[1].match(/<t[dh]>/g) ?? []).length);
  equal(rows, [2, 2, 2], 'cells per table row');
  check(/<td><dlvm-timeline view="badge" version="tensorflow\/2\.16"[^>]*>[^<]*<\/dlvm-timeline><\/td>/.test(content),
    'the badge fills its table cell');
  check(/<div class="admonition note">[\s\S]*<p>Training still runs on <dlvm-timeline view="badge"/.test(content),
    'the badge inside the admonition');
});

await test('blocks: a card, a timeline, a card in an admonition and an empty block (full), never in a <p>', async () => {
  const index = article(sites.dirs, 'index.html').content;
  const nested = article(sites.dirs, pagePaths.dirs.nested).content;
  const blocks = [...elements(index), ...elements(nested)].filter((e) => e.attributes.view !== 'badge');
  equal(blocks.map((b) => b.attributes), [
    { view: 'card', version: 'pytorch/2.4', lang: 'en', 'warn-days': '30' },
    { view: 'timeline', framework: 'pytorch', lang: 'es', 'warn-days': '30' },
    { view: 'card', version: 'tensorflow/2.16', lang: 'es', 'warn-days': '30' },
    { view: 'full', lang: 'es', 'warn-days': '30' },
  ], 'block attributes (the theme\'s language and the plugin\'s warn_days as defaults)');
  check(!/<p>\s*<dlvm-timeline view="(?!badge)/.test(index + nested), 'a block element wrapped in a paragraph');
  check(/<div class="admonition note">[\s\S]*<dlvm-timeline view="card" version="tensorflow\/2\.16"[\s\S]*?<\/div>/.test(index),
    'the card stays inside its admonition');
});

await test('fallback text: the facts of data.json in the instance\'s language, untouched by Markdown', async () => {
  const all = elements(article(sites.dirs, 'index.html').content);
  const text = (version, lang) => all.find((e) => e.attributes.version === version && e.attributes.lang === lang)?.text;
  equal(text('pytorch/2.4', 'es'), facts.versions['pytorch/2.4'].facts.es, 'Spanish badge');
  equal(text('pytorch/2.4', 'en'), facts.versions['pytorch/2.4'].facts.en, 'English card');
  equal(text('tensorflow/2.16', 'es'), facts.versions[facts.aliases['tensorflow/2.16'] ?? 'tensorflow/2.16'].facts.es, 'TensorFlow badge');
});

await test('the loader: once on each page with an instance, inside the swapped content, resolving to the copied embed.js', async () => {
  const embed = readFileSync(join(packageDir, 'bundle', 'embed.js'));
  for (const mode of ['dirs', 'flat']) {
    for (const page of ['index', 'nested', 'included']) {
      const path = pagePaths[mode][page];
      const { html, content } = article(sites[mode], path);
      const srcs = loaders(html);
      equal(srcs.length, 1, `${mode} ${path}: loaders`);
      equal(loaders(content), srcs, `${mode} ${path}: the loader inside the article (instant navigation runs it)`);
      check(!/^(\/|[a-z]+:)/i.test(srcs[0]), `${mode} ${path}: src ${srcs[0]} is relative`);
      const resolved = new URL(srcs[0], `http://site/${path}`).pathname.slice(1);
      equal(resolved, 'dlvm-timeline/embed.js', `${mode} ${path}: where ${srcs[0]} points`);
      check(readFileSync(join(sites[mode], resolved)).equals(embed), `${mode} ${path}: the copied embed.js is the bundle's`);
      // The space each instance keeps until it mounts: linked before the first instance.
      const reserve = [...content.matchAll(/<link rel="stylesheet" href="([^"]*reserve\.css)">/g)].map((m) => m[1]);
      equal(reserve.length, 1, `${mode} ${path}: reserve.css in the article`);
      check(content.indexOf('reserve.css') < content.search(/<dlvm-timeline|data-dlvm-timeline/), `${mode} ${path}: reserve.css before the first instance`);
      equal(new URL(reserve[0], `http://site/${path}`).pathname.slice(1), 'dlvm-timeline/reserve.css', `${mode} ${path}: where reserve.css points`);
      // The files the loader will ask for, preloaded from the article, before the first instance.
      const before = content.slice(0, content.search(/<dlvm-timeline|data-dlvm-timeline/));
      checkPreloads(before, html, (href) => join(sites[mode], new URL(href, `http://site/${path}`).pathname.slice(1)), `${mode} ${path}`);
    }
    for (const path of [pagePaths[mode].plain, pagePaths[mode].syntax, '404.html']) {
      equal(loaders(readFileSync(join(sites[mode], path), 'utf8')), [], `${mode} ${path}: loaders on a page without instances`);
      check(!readFileSync(join(sites[mode], path), 'utf8').includes('reserve.css'), `${mode} ${path}: no reserve.css on a page without instances`);
    }
  }
});

await test('the bundle is copied once, whole, to dlvm-timeline/', async () => {
  const bundle = filesUnder(join(packageDir, 'bundle'));
  for (const mode of ['dirs', 'flat']) {
    equal(filesUnder(join(sites[mode], 'dlvm-timeline')), bundle, `${mode}: files in dlvm-timeline/`);
    for (const file of bundle) {
      check(readFileSync(join(sites[mode], 'dlvm-timeline', file)).equals(readFileSync(join(packageDir, 'bundle', file))),
        `${mode}: dlvm-timeline/${file} differs from the bundle's`);
    }
    const copies = filesUnder(sites[mode]).filter((f) => f.endsWith('/embed.js') || f === 'embed.js');
    equal(copies, ['dlvm-timeline/embed.js'], `${mode}: every embed.js in the site`);
  }
});

await test('a file pymdownx.snippets includes: its badge and block become elements', async () => {
  const { content } = article(sites.dirs, pagePaths.dirs.included);
  equal(elements(content).map((e) => e.attributes), [
    { view: 'badge', version: 'tensorflow/2.16', lang: 'es', 'warn-days': '30' },
    { view: 'timeline', framework: 'tensorflow', lang: 'es', 'warn-days': '30' },
  ], 'the included instances');
  check(!content.includes(':dlvm-badge:'), 'no form left as text');
});

await test('code examples are untouched: fenced blocks, inline code spans and HTML comments keep the syntax as text', async () => {
  const { content } = article(sites.dirs, pagePaths.dirs.syntax);
  equal(elements(content), [], 'elements on the syntax page');
  check(content.includes('<code>:dlvm-badge:pytorch/2.4:</code>'), 'the inline code span');
  check(content.includes('<code>a span with `:dlvm-badge:pytorch/2.4:` inside</code>'), 'the double-backtick span');
  const text = decode(content.replace(/<[^>]+>/g, ''));
  check(text.includes('```dlvm-timeline\nview: card\nversion: pytorch/2.4\n```'), 'the fenced block example');
  check(text.includes(':dlvm-badge:pytorch/2.4:\n'), 'the badge in a ~~~ fence');
  check(content.includes('<!-- A comment is not read either: :dlvm-badge:pytorch/2.4: -->'), 'the badge in an HTML comment');
});

// The bad fixture: each instance has one problem, on a known line.
const badSource = readFileSync(join(BAD_FIXTURE, 'docs', 'index.md'), 'utf8').split('\n');
const lineOf = (text) => badSource.findIndex((l) => l.includes(text)) + 1;
const bad = build(join(BAD_FIXTURE, 'mkdocs.yml'), join(OUT, 'bad'));

await test('bad instances: a warning each, naming the page, the line and the closest ids', async () => {
  equal(bad.status, 0, 'exit status without --strict');
  const warnings = bad.log.split('\n').filter((l) => l.startsWith('WARNING'));
  equal(warnings.length, 6, `warnings (none for the commented-out badge):\n${bad.log}`);
  const find = (text) => warnings.find((w) => w.includes(text)) ?? '';
  const typo = find("'pytorch/2.44'");
  check(typo.includes(`index.md:${lineOf(':dlvm-badge:pytorch/2.44:')}:`), `page and line: ${typo}`);
  check(/closest: [^;]*\bpytorch\/2\.4\b/.test(typo), `closest ids: ${typo}`);
  const date = find("'2026-13-45'");
  check(date.includes(`index.md:${lineOf('at: 2026-13-45')}: dlvm-timeline: at:`), `page and line: ${date}`);
  const framework = find("'pytorc'");
  check(framework.includes(`index.md:${lineOf('framework: pytorc')}: dlvm-timeline: framework:`), `page and line: ${framework}`);
  const card = find('the card view needs a version id');
  // (No version written: the fence's own line, two above its framework.)
  check(card.includes(`index.md:${lineOf('framework: pytorch') - 2}: dlvm-timeline: version:`), `an option that doesn't fit its view: ${card}`);
  const vllm = find('vm has no vllm images');
  check(vllm.includes(`index.md:${lineOf('framework: vllm')}: dlvm-timeline: framework:`), `a framework its product lacks: ${vllm}`);
  const included = find("'tensorflow/2.166'");
  check(included.includes('index.md (in a file it includes): dlvm-timeline: version:'), `the page of an included typo: ${included}`);
});

await test('bad instances are not emitted: shown as code, no loader', async () => {
  const { html, content } = article(join(OUT, 'bad'), 'index.html');
  equal(elements(content), [], 'elements');
  equal(loaders(html), [], 'loaders');
  check(content.includes('<code>:dlvm-badge:pytorch/2.44:</code>'), 'the bad badge as code');
  check(content.includes('framework: pytorc'), 'the bad block as code');
});

await test('mkdocs build --strict fails on the bad fixture', async () => {
  const strict = build(join(BAD_FIXTURE, 'mkdocs.yml'), join(OUT, 'bad-strict'), '--strict');
  check(strict.status !== 0, `exit status ${strict.status}`);
  check(/Aborted with 6 warnings in strict mode/.test(strict.output), `output:\n${strict.output}`);
});

/** A one-page site with the plugin's options set to `options` (YAML lines). */
const optionsSite = (name, options) => onePageSite(name,
  `site_name: Options\nplugins:\n  - dlvm-timeline:\n${options.map((o) => `      ${o}\n`).join('')}`,
  'On :dlvm-badge:pytorch/2.4:.\n');

await test('plugin options: lang and warn_days go to every instance; a bad value stops the build, named', async () => {
  const good = optionsSite('options', ['lang: es', 'warn_days: 30']);
  equal(good.status, 0, good.output);
  const [badge] = elements(readFileSync(join(OUT, 'options-site', 'index.html'), 'utf8'));
  equal([badge.attributes.lang, badge.attributes['warn-days']], ['es', '30'], 'the options on the instance');
  equal(badge.text, facts.versions['pytorch/2.4'].facts.es, 'the Spanish facts inside');
  const bad = optionsSite('options-bad', ['warn_days: 9999']);
  check(bad.status !== 0, `exit status ${bad.status}`);
  check(/dlvm-timeline: plugin options: warn-days: expected a number of days from 0 to 3650; found '9999'/.test(bad.output), bad.output);
});

process.exit(report() ? 1 : 0);
