// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { precompress } from './src/integrations/precompress.ts';
import { siteUrlWarning } from './src/integrations/site-url.ts';
import { hastBaseLinks } from './src/lib/hast-base-links.ts';
import { hastTables } from './src/lib/hast-tables.ts';
import { hastComponentSource } from './src/lib/hast-component-source.ts';
import { hastFootnotes } from './src/lib/hast-footnotes.ts';
import { editorComponentNames, replacedElementNames } from './src/lib/editor-components.ts';
import strings from './src/i18n/sv.json' with { type: 'json' };
import { siteBase, siteUrl, withBase } from './src/lib/site-base.ts';
import { paths } from './src/lib/paths.ts';

const base = siteBase(process.env.SITE_BASE);
// Absolute links (the feed of changes, the sitemap) need the host; the base path stays in SITE_BASE.
const site = siteUrl(process.env.SITE_URL);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Four pages at a time: a page waits on reading its MDX module and writing its file, and another renders meanwhile
  // (about 15 % faster at 1 000 pages; `npm run bench`).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Reading pages ship no JavaScript; prefetching would add a script to each.
  prefetch: false,
  devToolbar: { enabled: false },
  // Scripts stay external files, never inlined, so the Content-Security-Policy needs no 'unsafe-inline'.
  // One stylesheet for the whole site: a reader pays for it once and every later page is cached.
  vite: {
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      rolldownOptions: {
        // The MDX files, and the modules through which Astro passes on their styles, go into a few chunks of at most
        // 5 MB instead of one chunk each: Rolldown hands each chunk to Astro's JavaScript plugins and Node loads each
        // as a module while pages are written. At 1 000 pages, 61 chunks instead of 1 754, and the Vite phase
        // and page generation about 2.5 s shorter together (`npm run bench`); the pages are the same bytes.
        // Only the server-side build that writes the pages has MDX; no chunk reaches the browser. Should Astro rename
        // its `?astroPropagatedAssets` modules, the build only gets slower, with the same pages.
        output: { codeSplitting: { groups: [{ name: 'content', test: /\.mdx(\?astroPropagatedAssets)?$/, maxSize: 5_000_000 }] } },
        // Rolldown warns once per MDX file about Astro's own "use astro:head-inject" directive, which is harmless
        // (https://github.com/withastro/astro/issues/18087); at 1 000 pages that buried every real warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the Content-Security-Policy forbids; code in the content is plain text.
    syntaxHighlight: false,
    // Sätteri, Astro 7's own processor, parses and compiles MDX in Rust. Our plugins are Sätteri hast plugins
    // (src/lib/hast-*.ts); Astro runs its own (images, heading ids) after them.
    processor: satteri({
      hastPlugins: [
        // Editor components learn which file and line use them, for build errors editors can act on.
        hastComponentSource({ root: fileURLToPath(new URL('.', import.meta.url)), names: editorComponentNames }),
        hastBaseLinks({ base }),
        hastTables({ label: strings['content.table'], hint: strings['table.scrollHint'] }),
        hastFootnotes,
      ],
      features: {
        // GFM: tables, footnotes, strikethrough, autolinks and task lists, with the footnotes in Swedish.
        gfm: {
          footnotes: {
            label: strings['content.footnotes'],
            backLabel: (reference) => strings['content.footnoteBack'].replace('{number}', String(reference)),
            clobberPrefix: 'fotnot-',
          },
        },
        // Smart punctuation makes English quotes (“…”) where Swedish uses ”…”.
        smartPunctuation: false,
      },
    }),
  },
  // precompress() comes last, so that it also compresses the files the search index and the sitemap write.
  integrations: [
    contentCheck(),
    siteUrlWarning(process.env.SITE_URL),
    // The MDX compiler turns the static parts of each page into one HTML string instead of one call per element:
    // the same pages (same DOM, same search index), about 0.5 s less page generation at 1 000 pages (`npm run bench`).
    // Elements that a component replaces stay elements, or the component would never be called.
    mdx({ optimize: { ignoreElementNames: [...replacedElementNames] } }),
    searchIndex(),
    // sitemap-index.xml under the base path. It leaves out the 404 page itself, and here the search page,
    // which has no content of its own. Facet pages stay: each is a real list with its own address.
    sitemap({ filter: (page) => new URL(page).pathname !== withBase(paths.search, base) }),
    precompress(),
  ],
  // Writes .astro/collections/*.schema.json and collections.json, which the Astro
  // VS Code extension uses to complete and check frontmatter (see .vscode/settings.json).
  experimental: { contentIntellisense: true },
});
