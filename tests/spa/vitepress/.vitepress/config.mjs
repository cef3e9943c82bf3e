// A small VitePress site (default theme) that uses the widget's custom
// element straight in Markdown, as a docs author would: the loader in the
// head, <dlvm-timeline> in the pages. tests/e2e/spa.mjs copies dist/ into
// public/dlvm/, writes the README's VitePress recipe into readme-recipe.mjs
// (its config) and recipe.md (its page), all git-ignored, and builds the
// site into target/spa/vitepress.
import { fileURLToPath } from 'node:url';
import recipe from './readme-recipe.mjs';

export default {
  // The README's recipe, as written: its head and its vue options.
  ...recipe,
  lang: 'en-US',
  title: 'DLVM SPA test',
  description: 'The DLVM Support Timeline in a VitePress site',
  // Build cache under target/, not in the source tree.
  cacheDir: fileURLToPath(new URL('../../../../target/spa/vitepress-cache', import.meta.url)),
  head: [
    ...recipe.head,
    // No icon (else the browser's /favicon.ico request is a 404 in the
    // console) and no request for one.
    ['link', { rel: 'icon', href: 'data:,' }],
  ],
  themeConfig: {
    nav: [
      { text: 'Images', link: '/' },
      { text: 'Guide', link: '/guide' },
      { text: 'About', link: '/about' },
    ],
    sidebar: [
      {
        text: 'Docs',
        items: [
          { text: 'Images', link: '/' },
          { text: 'Guide', link: '/guide' },
          { text: 'About', link: '/about' },
        ],
      },
    ],
  },
};
