// Build-time test of the Sphinx extension, through its built wheel
// (scripts/wheels.sh -> target/wheels/): installs it into .venv, builds the
// fixture sphinx-site/ with html, dirhtml and text (-j 2) and in Spanish, and
// the failing fixture sphinx-bad/, then checks the written files. No
// browser: tests/e2e/sites.mjs runs the widget in real Sphinx themes.
// Prints `N passed, N failed` last; exits non-zero on a failure.
// DLVM_VENV and DLVM_WHEELS point it at another venv or wheel folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import assert from 'node:assert/strict';
import { createRunner } from '../e2e/runner.mjs';
import { checkPreloads } from './preloads.mjs';
import { recipes } from './readme.mjs';

const VENV = process.env.DLVM_VENV ?? '.venv';
const WHEELS = process.env.DLVM_WHEELS ?? 'target/wheels';
const SITE = 'tests/integrations/sphinx-site';
const BAD = 'tests/integrations/sphinx-bad';
const OUT = 'target/integrations/sphinx';
const LOADER = '_static/dlvm-timeline/embed.js';

const { test, report } = createRunner();

function run(command, args) {
  const done = spawnSync(command, args, { encoding: 'utf8' });
  if (done.error) throw done.error;
  return done;
}

/**
 * Runs sphinx-build quietly into OUT/name (fresh), returning status and
 * warnings. --no-color: a CI that sets FORCE_COLOR (or gives a terminal)
 * would otherwise wrap each warning's location in escape codes.
 */
function sphinx(name, source, builder, extra = []) {
  const out = join(OUT, name);
  rmSync(out, { recursive: true, force: true });
  const { status, stderr } = run(join(VENV, 'bin', 'sphinx-build'),
    ['-q', '--no-color', '-E', '-j', '2', '-b', builder, ...extra, source, out]);
  return { out, status, stderr };
}

/** A one-page Sphinx source folder OUT/name, fresh: its conf.py and index.rst. */
function onePageSource(name, conf, page) {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'conf.py'), conf);
  writeFileSync(join(dir, 'index.rst'), page);
  return dir;
}

/** Every file under `dir`, as paths joined to it. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const read = (path) => readFileSync(path, 'utf8');
const oneLine = (text) => text.replace(/\s+/g, ' ');
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// 1. The wheel, installed into the venv the builds run with.
const wheels = existsSync(WHEELS) ? readdirSync(WHEELS).filter((f) => /^sphinx_dlvm_timeline-.*\.whl$/.test(f)) : [];
if (wheels.length !== 1) {
  console.log(`FAIL expected one sphinx_dlvm_timeline wheel in ${WHEELS} (scripts/wheels.sh), found ${wheels.length}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const install = run(join(VENV, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check',
  '--no-deps', '--force-reinstall', '--no-index', join(WHEELS, wheels[0])]);
if (install.status !== 0) throw new Error(`pip install failed:\n${install.stderr}`);
const where = run(join(VENV, 'bin', 'python'), ['-c',
  'import os, sphinx_dlvm_timeline as m; print(os.path.dirname(m.__file__))']).stdout.trim();
const data = JSON.parse(read(join(where, 'data.json')));
const facts = (id, lang = 'en') => data.versions[id].facts[lang];

await test('the extension is the installed wheel, its version the release', async () => {
  assert.ok(where.startsWith(resolve(VENV)), `imported from ${where}`);
  assert.ok(wheels[0].startsWith(`sphinx_dlvm_timeline-${data.version}-`), wheels[0]);
  const meta = run(join(VENV, 'bin', 'python'), ['-c',
    'import sphinx_dlvm_timeline as m\n'
    + 'class App:\n    def __getattr__(self, name): return lambda *a, **k: None\n'
    + 'import json; print(json.dumps(m.setup(App())))']);
  assert.deepEqual(JSON.parse(meta.stdout),
    { version: data.version, parallel_read_safe: true, parallel_write_safe: true });
});

await test("the extension's checks refuse what the widget refuses (tests/fixtures/embed-attributes.json)", async () => {
  // The same case table tests/embed_attributes.rs holds the widget to.
  const check = run(join(VENV, 'bin', 'python'), ['-c', [
    'import json, sys',
    'from sphinx_dlvm_timeline import _embed',
    'wrong = []',
    'for case in json.load(open(sys.argv[1], encoding="utf-8"))["cases"]:',
    '    problems = _embed.read(case["attributes"]).problems',
    '    refused = sorted({p.split(":", 1)[0] for p in problems})',
    '    if refused != case["refused"]:',
    '        wrong.append(f"{case[\'attributes\']}: refused {refused}: {problems}")',
    'print(json.dumps(wrong))'].join('\n'), 'tests/fixtures/embed-attributes.json']);
  assert.equal(check.status, 0, check.stderr);
  assert.deepEqual(JSON.parse(check.stdout), []);
});

// 2. The README's recipe, as written: its conf.py and its page, -W.
await test("the README's Sphinx recipe builds as written and gives each instance", async () => {
  const recipe = recipes().sphinx;
  assert.equal(recipe.install.trim(), `pip install ${wheels[0].split('-')[0].replaceAll('_', '-')}`, 'installs this wheel');
  const build = sphinx('readme', onePageSource('readme-source', recipe.conf, recipe.page), 'html', ['-W']);
  assert.equal(build.status, 0, build.stderr);
  assert.equal(build.stderr.trim(), '', 'no warning');
  const index = read(join(build.out, 'index.html'));
  const found = [...index.matchAll(/<dlvm-timeline ([^>]*)>/g)].map((m) => m[1].replace(/ lang="en"/, ''));
  assert.deepEqual(found, [
    'view="badge" version="pytorch/2.4"', 'view="badge" version="tensorflow/2.16"', 'view="badge" version="tensorflow/2.16"',
    'view="card" version="pytorch/2.4"', 'view="timeline" framework="pytorch"', 'view="full"',
  ]);
  assert.match(index, /<td><p><dlvm-timeline view="badge" version="tensorflow\/2\.16"[^>]*>[^<]*<\/dlvm-timeline><\/p><\/td>/, 'the badge in its list-table cell');
  assert.ok(existsSync(join(build.out, LOADER)), 'the bundle copied');
  assert.match(index, new RegExp(`<script type="module" src="${LOADER.replaceAll('.', '\\.')}`), 'the loader');
});

// 3. The good site, with each builder.
const html = sphinx('html', SITE, 'html');
const dirhtml = sphinx('dirhtml', SITE, 'dirhtml');
const text = sphinx('text', SITE, 'text');

await test('html, dirhtml and text build with -j 2 and no warning', async () => {
  for (const build of [html, dirhtml, text]) {
    assert.equal(build.status, 0, build.stderr);
    assert.equal(build.stderr.trim(), '', `${build.out}: warnings`);
  }
});

await test('the elements are in the page: blocks, a badge in a sentence and in table cells', async () => {
  const index = read(join(html.out, 'index.html'));
  const card = `<dlvm-timeline view="card" version="pytorch/2.4" lang="en">${escapeHtml(facts('pytorch/2.4'))}</dlvm-timeline>`;
  assert.ok(index.includes(card), 'the card, with its facts inside for readers without JavaScript');
  assert.ok(index.includes('<dlvm-timeline view="timeline" framework="pytorch" lang="en">'), 'a framework: its timeline');
  assert.ok(index.includes('<dlvm-timeline view="timeline" product="containers" framework="tensorflow" lang="en">'), 'with :product:');
  assert.ok(index.includes('<dlvm-timeline view="full" at="2026-01-01" lang="en" theme="dark" warn-days="60">'), 'no argument: the full view with options');
  assert.match(index, /<p>Our jobs run on PyTorch 2\.4, which is <dlvm-timeline view="badge" version="pytorch\/2\.4" lang="en">[^<]*<\/dlvm-timeline>, until we move\.<\/p>/);
  for (const id of ['tensorflow/2.16', 'tensorflow/2.11-py37']) {
    assert.match(index, new RegExp(`<td><p><dlvm-timeline view="badge" version="${id}" lang="en">[^<]*</dlvm-timeline></p></td>`), `${id} in its table cell`);
  }
  const deep = read(join(html.out, 'guide', 'deep', 'page.html'));
  assert.ok(deep.includes('<dlvm-timeline view="badge" version="containers/pytorch/2.4" lang="en">'));
  assert.match(deep, /VM images, through a substitution: <dlvm-timeline view="badge" version="pytorch\/2\.4" lang="en">[^<]*<\/dlvm-timeline>\./, 'a badge through rst_epilog');
  assert.ok(deep.includes('<dlvm-timeline view="card" version="containers/pytorch/2.4" lang="en">'));
});

/** Checks every page of a built HTML site: the loader on the pages with an instance only, resolving to the copied bundle, with its entry's files preloaded. */
function checkLoaders(out) {
  const pages = walk(out).filter((path) => path.endsWith('.html') && !path.startsWith(join(out, '_static') + sep));
  const withInstance = [];
  for (const page of pages) {
    const markup = read(page);
    const loaders = [...markup.matchAll(/<script\b[^>]*\bsrc="([^"]*embed\.js[^"]*)"[^>]*>/g)];
    const reserves = [...markup.matchAll(/<link\b[^>]*\bhref="([^"]*reserve\.css[^"]*)"[^>]*>/g)];
    if (!markup.includes('<dlvm-timeline')) {
      assert.equal(loaders.length, 0, `${page}: a loader on a page without an instance`);
      assert.equal(reserves.length, 0, `${page}: reserve.css on a page without an instance`);
      continue;
    }
    // The space each instance keeps until it mounts: in the head, from the first paint.
    assert.equal(reserves.length, 1, `${page}: one reserve.css`);
    assert.ok(markup.indexOf(reserves[0][0]) < markup.indexOf('</head>'), `${page}: reserve.css in the head`);
    assert.ok(existsSync(resolve(dirname(page), reserves[0][1].split('?')[0])), `${page}: ${reserves[0][1]} exists`);
    withInstance.push(relative(out, page));
    assert.equal(loaders.length, 1, `${page}: one loader`);
    assert.match(loaders[0][0], /type="module"/, `${page}: a module script`);
    const target = resolve(dirname(page), loaders[0][1].split('?')[0]);
    assert.equal(target, resolve(out, LOADER), `${page}: src ${loaders[0][1]}`);
    assert.ok(existsSync(target), `${page}: ${target} exists`);
    // The files the loader will ask for, preloaded from the head.
    const head = markup.slice(0, markup.indexOf('</head>'));
    checkPreloads(head, markup, (href) => resolve(dirname(page), href), page);
  }
  return withInstance.sort();
}

await test('html: the loader only on pages with an instance, resolving to _static/dlvm-timeline/embed.js', async () => {
  assert.deepEqual(checkLoaders(html.out), ['guide/deep/page.html', 'index.html']);
});

await test('dirhtml: the same, from each page folder', async () => {
  assert.deepEqual(checkLoaders(dirhtml.out), ['guide/deep/page/index.html', 'index.html']);
});

await test('the bundle is copied once, whole, into _static/dlvm-timeline/', async () => {
  for (const { out } of [html, dirhtml]) {
    const loaders = walk(out).filter((path) => path.endsWith(`${sep}embed.js`));
    assert.deepEqual(loaders, [join(out, LOADER)], `${out}: one embed.js`);
    const bundle = join(where, 'bundle');
    for (const file of walk(bundle)) {
      const copy = join(out, '_static', 'dlvm-timeline', relative(bundle, file));
      assert.ok(existsSync(copy) && statSync(copy).size === statSync(file).size, `${copy} copied`);
    }
  }
  assert.ok(!existsSync(join(text.out, '_static')), 'the text builder copies nothing');
});

await test('text: the day-free facts in place of each instance, inline and as a paragraph', async () => {
  const index = read(join(text.out, 'index.txt'));
  const flat = oneLine(index);
  assert.ok(flat.includes(`Our jobs run on PyTorch 2.4, which is ${facts('pytorch/2.4')}, until we move.`), 'the badge, inline');
  const paragraphs = index.split(/\n\s*\n/).map((paragraph) => oneLine(paragraph).trim());
  assert.ok(paragraphs.includes(facts('pytorch/2.4')), 'the card, a paragraph of its own');
  assert.ok(!index.includes('dlvm-timeline'), 'no markup');
  assert.ok(oneLine(read(join(text.out, 'guide', 'deep', 'page.txt'))).includes(facts('containers/pytorch/2.4')));
  // The PyTorch timeline: every VM version's dates, newest first, in the
  // core's order and words.
  const pytorch = data.order.filter((id) => data.versions[id].framework === 'pytorch' && data.versions[id].product === 'vm');
  assert.ok(pytorch.length > 3);
  assert.ok(paragraphs.includes(pytorch.map((id) => facts(id)).join('; ')), 'the timeline, each version in words');
});

await test('LaTeX and man: the day-free facts in place of each instance, no markup', async () => {
  for (const builder of ['latex', 'man']) {
    const build = sphinx(builder, SITE, builder);
    assert.equal(build.status, 0, build.stderr);
    const files = readdirSync(build.out).filter((f) => f.endsWith(builder === 'latex' ? '.tex' : '.1'));
    assert.equal(files.length, 1, `${builder}: ${files}`);
    const out = oneLine(read(join(build.out, files[0])));
    // LaTeX and roff escape some characters: compare the parts between them.
    for (const part of facts('pytorch/2.4').split(/[&—]/).map((p) => p.trim()).filter(Boolean)) {
      assert.ok(out.includes(part), `${builder}: ${part}`);
    }
    assert.ok(!out.includes('dlvm-timeline'), `${builder}: no markup`);
    // The badge stays in its sentence; the timeline gives every PyTorch VM version.
    const name = (id) => facts(id).split('—')[0].trim();
    const sentence = out.indexOf(`Our jobs run on PyTorch 2.4, which is ${name('pytorch/2.4')}`);
    assert.ok(sentence >= 0, `${builder}: the badge inline in its sentence`);
    const after = out.indexOf('until we move', sentence);
    assert.ok(after > sentence && after - sentence < 300, `${builder}: the sentence goes on after the badge`);
    for (const id of data.order.filter((i) => data.versions[i].framework === 'pytorch' && data.versions[i].product === 'vm')) {
      assert.ok(out.includes(name(id)), `${builder}: the timeline's ${id}`);
    }
  }
});

await test('singlehtml gets the elements and the loader; EPUB the day-free facts', async () => {
  const single = sphinx('singlehtml', SITE, 'singlehtml');
  assert.equal(single.status, 0, single.stderr);
  const page = read(join(single.out, 'index.html'));
  assert.ok(page.includes('<dlvm-timeline view="card" version="pytorch/2.4" lang="en">'), 'the card');
  assert.ok(page.includes('<dlvm-timeline view="badge" version="containers/pytorch/2.4" lang="en">'), "the nested page's badge, in the one page");
  assert.match(page, new RegExp(`<script type="module" src="${LOADER.replaceAll('.', '\\.')}`), 'the loader');
  assert.ok(existsSync(join(single.out, LOADER)), 'the bundle');
  const epub = sphinx('epub', SITE, 'epub');
  assert.equal(epub.status, 0, epub.stderr);
  const xhtml = oneLine(read(join(epub.out, 'index.xhtml')));
  assert.ok(!xhtml.includes('<dlvm-timeline') && !xhtml.includes('embed.js'), 'no element, no loader');
  assert.ok(xhtml.includes(escapeHtml(facts('pytorch/2.4'))), 'the facts in words');
});

await test('dlvm_timeline_warn_days: every instance without its own warn-days gets it', async () => {
  const build = sphinx('warn-days', SITE, 'html', ['-D', 'dlvm_timeline_warn_days=30']);
  assert.equal(build.status, 0, build.stderr);
  const index = read(join(build.out, 'index.html'));
  assert.ok(index.includes('<dlvm-timeline view="card" version="pytorch/2.4" lang="en" warn-days="30">'), 'the card');
  assert.ok(index.includes('warn-days="60">'), "an instance's own :warn-days: wins");
  const bad = sphinx('warn-days-bad', SITE, 'html', ['-D', 'dlvm_timeline_warn_days=soon']);
  assert.ok(/dlvm_timeline_warn_days: warn-days: expected a number of days/.test(bad.stderr), bad.stderr);
});

// Spanish: from Sphinx's language, or from dlvm_timeline_lang alone.
for (const [name, setting] of [['es-language', 'language=es'], ['es-config', 'dlvm_timeline_lang=es']]) {
  await test(`${setting}: lang="es" and the Spanish facts; an instance's own :lang: wins`, async () => {
    const build = sphinx(name, SITE, 'html', ['-D', setting]);
    assert.equal(build.status, 0, build.stderr);
    const index = read(join(build.out, 'index.html'));
    assert.ok(index.includes(`<dlvm-timeline view="card" version="pytorch/2.4" lang="es">${escapeHtml(facts('pytorch/2.4', 'es'))}</dlvm-timeline>`));
    assert.ok(!index.includes('lang="en">'), 'every instance in Spanish');
    const deep = read(join(build.out, 'guide', 'deep', 'page.html'));
    assert.ok(deep.includes(`<dlvm-timeline view="card" version="containers/pytorch/2.4" lang="en">${escapeHtml(facts('containers/pytorch/2.4'))}`));
  });
}

await test('dlvm_timeline_lang=es: the text builder writes the Spanish facts', async () => {
  const build = sphinx('es-text', SITE, 'text', ['-D', 'dlvm_timeline_lang=es']);
  assert.equal(build.status, 0, build.stderr);
  assert.ok(oneLine(read(join(build.out, 'index.txt'))).includes(`which is ${facts('pytorch/2.4', 'es')}, until`));
});

// 3. The failing fixture: each instance has one problem.
const source = read(join(BAD, 'index.rst')).split('\n');
/** The 1-based line of the first source line containing `marker`, plus `offset`. */
const lineOf = (marker, offset = 0) => source.findIndex((line) => line.includes(marker)) + 1 + offset;
const EXPECTED = [
  // [line, what the warning must say]
  [lineOf('pytorch/2.44'), ['dlvm-badge role', "'pytorch/2.44'", 'closest: pytorch/2.4,']],
  [lineOf('pytorh'), ['dlvm-timeline directive', "'pytorh'", 'closest: pytorch']],
  [lineOf('2026-02-30', -1), ["at: expected a date as YYYY-MM-DD; found '2026-02-30'"]],
  [lineOf(':framework: tensorflow', -1), ['pytorch/2.4 is not a version of tensorflow']],
  [lineOf('purple', -1), ["theme: expected one of auto, light, dark; found 'purple'"]],
  [lineOf(':view: card', -1), ['the card view needs a version id']],
  [lineOf(':product: containers', -1), ['pytorch/2.4 is not a version of product containers']],
  [lineOf(':warn-days: 9999', -1), ["warn-days: expected a number of days from 0 to 3650; found '9999'"]],
  [lineOf(':view: badge', -1), ['view: the badge is inline: write it with the role, :dlvm-badge:`pytorch/2.4`']],
  [lineOf('tensorflow/2.166'), ["'tensorflow/2.166'", 'closest: tensorflow/2.16,']],
  // docutils itself numbers a grid table's cell one line low (its own
  // errors there too): the cell's line or the next.
  [[lineOf('vllm/0.0.0'), lineOf('vllm/0.0.0', 1)], ["'vllm/0.0.0'", 'closest: containers/vllm/0.5']],
  [lineOf('A badge in a heading'), ["dlvm-badge role: a badge can't sit in a heading"]],
];

const bad = sphinx('bad', BAD, 'html');
await test('bad instances: one warning each, naming file and line, with the closest ids', async () => {
  assert.equal(bad.status, 0, 'without -W the build goes on');
  const warnings = bad.stderr.trim().split('\n').map((line) => line.match(/^(.*):(\d+): WARNING: (.*)$/));
  assert.ok(warnings.every(Boolean), `every warning has a location:\n${bad.stderr}`);
  assert.equal(warnings.length, EXPECTED.length, bad.stderr);
  for (const [lines, says] of EXPECTED) {
    const found = warnings.find(([, , line, message]) => [lines].flat().includes(Number(line)) && says.every((s) => message.includes(s)));
    assert.ok(found, `line ${lines}: ${says.join(' … ')}\n${bad.stderr}`);
    assert.equal(resolve(found[1]), resolve(BAD, 'index.rst'));
  }
});

await test('bad instances: nothing broken in the page, no loader', async () => {
  const index = read(join(bad.out, 'index.html'));
  assert.ok(!index.includes('<dlvm-timeline'), 'no element');
  assert.ok(!index.includes('embed.js'), 'no loader');
  assert.ok(index.includes('A mistyped id, <code class="docutils literal notranslate"><span class="pre">pytorch/2.44</span></code>, keeps the sentence whole.'));
});

await test('bad instances: a heading keeps the id as written; the text builder builds it', async () => {
  const index = read(join(bad.out, 'index.html'));
  assert.match(index, /A badge in a heading <code class="docutils literal notranslate"><span class="pre">pytorch\/2\.4<\/span><\/code>/);
  const text = sphinx('bad-text', BAD, 'text');
  assert.equal(text.status, 0, text.stderr);
  assert.ok(read(join(text.out, 'index.txt')).includes('A badge in a heading "pytorch/2.4"'), read(join(text.out, 'index.txt')));
});

await test('an option the directive has not is refused by docutils at its line, and -W fails', async () => {
  const build = sphinx('unknown-option-out', onePageSource('unknown-option', 'extensions = ["sphinx_dlvm_timeline"]\n',
    'Title\n=====\n\n.. dlvm-timeline:: pytorch/2.4\n   :colour: red\n'), 'html', ['-W']);
  assert.notEqual(build.status, 0);
  assert.match(build.stderr, /index\.rst:4: (ERROR|WARNING): Error in "dlvm-timeline" directive:\s+unknown option: "colour"/, build.stderr);
  assert.ok(!existsSync(join(build.out, 'index.html')) || !read(join(build.out, 'index.html')).includes('<dlvm-timeline'), 'no instance');
});

await test('bad instances: sphinx-build -W fails', async () => {
  const strict = sphinx('bad-W', BAD, 'html', ['-W']);
  assert.notEqual(strict.status, 0);
  assert.match(strict.stderr, /index\.rst:\d+: (WARNING|ERROR): dlvm-badge role: version: 'pytorch\/2\.44'/);
});

process.exit(report() ? 1 : 0);
