// The README's recipes, as a docs author copies them: the fenced blocks of
// each "### host" section of "Embedding it in documentation pages". The
// tests build and open these very blocks (sphinx.mjs, mkdocs.mjs, spa.mjs,
// e2e/embed.mjs), so a recipe that stops working fails `make test`, and one
// edited in the README is the one tested.
import { readFileSync } from 'node:fs';

/** The fenced blocks of README's section `### title`, as [language, text]. */
function blocks(readme, title) {
  const start = readme.indexOf(`\n### ${title}\n`);
  if (start < 0) throw new Error(`README: no section "### ${title}"`);
  const end = readme.slice(start + 1).search(/\n##+ /);
  const section = readme.slice(start, end < 0 ? undefined : start + 1 + end);
  // A fence of three or more backticks, closed by the same run (the MkDocs
  // recipe's Markdown holds ``` fences inside a ```` one).
  return [...section.matchAll(/^(`{3,})([a-z]*)\n([\s\S]*?)^\1$/gm)].map(([, , lang, text]) => [lang, text]);
}

/** The one block of `lang` in the section (the first whose text matches `having`, when given). */
function one(list, lang, title, having) {
  const found = list.filter(([l, text]) => l === lang && (!having || having.test(text)));
  if (found.length !== 1) throw new Error(`README "### ${title}": expected one ${lang} block${having ? ` with ${having}` : ''}, found ${found.length}`);
  return found[0][1];
}

/** Every host's recipe, read from README.md (or the given text). */
export function recipes(readme = readFileSync('README.md', 'utf8')) {
  const sphinx = blocks(readme, 'Sphinx');
  const mkdocs = blocks(readme, 'MkDocs');
  const vitepress = blocks(readme, 'VitePress (and other SPA docs sites)');
  const html = blocks(readme, 'Plain HTML');
  return {
    sphinx: {
      install: one(sphinx, 'sh', 'Sphinx'),
      conf: one(sphinx, 'python', 'Sphinx'),
      page: one(sphinx, 'rst', 'Sphinx'),
    },
    mkdocs: {
      install: one(mkdocs, 'sh', 'MkDocs'),
      config: one(mkdocs, 'yaml', 'MkDocs'),
      page: one(mkdocs, 'markdown', 'MkDocs'),
    },
    vitepress: {
      config: one(vitepress, 'js', 'VitePress'),
      page: one(vitepress, 'md', 'VitePress'),
    },
    html: {
      script: one(html, 'html', 'Plain HTML', /^<script type="module"/),
      body: one(html, 'html', 'Plain HTML', /<dlvm-timeline><\/dlvm-timeline>/),
    },
  };
}
