import type { AstroIntegration } from 'astro';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { problemText } from '../i18n/problems.ts';
import { changedFiles } from '../lib/changed-files.ts';
import { paths } from '../lib/paths.ts';
import { indexedPages } from '../lib/search/fragments.ts';
import { buildVocabulary, type GlossaryTerm, type JobActor } from '../lib/search/vocabulary.ts';
import { byBuildScript } from './build-script.ts';

/** Where the search files are written, inside the build. */
export const SEARCH_DIR = 'pagefind';
/** The label of the search index's log line, which `npm run bench` reads. */
export const SEARCH_INDEX_LOG = 'riktlinjer:search-index';
/** The vocabulary the search page loads with the index. */
export const VOCABULARY_FILE = 'ordforrad.json';

/**
 * Indexes the built site with Pagefind (Swedish stemming, from `lang="sv"`) and
 * writes, beside the index, the vocabulary that the search page uses for
 * compounds, synonyms, words without å/ä/ö and typos. Returns the line to log.
 * @param copies the pages' copies for Pagefind, when some were prepared while the pages were written.
 */
export async function buildSearchIndex(outDir: string, copies = new IndexedCopies()): Promise<string> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
  if (!index) throw new Error(problemText('build.searchIndex.notCreated', { errors: errors.join('; ') }));
  // Pagefind reads the prepared copies from disk itself. (Sending each page through its Node API, which encodes
  // every message as base64 JSON, made the whole index about 15 % slower at 1 000 pages: 2.55 s against 2.2 s.)
  try {
    copies.update(outDir);
    const added = await index.addDirectory({ path: copies.folder });
    if (added.errors.length) throw new Error(problemText('build.searchIndex.notAdded', { errors: added.errors.join('; ') }));
  } finally {
    copies.remove();
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_DIR) });
  if (written.errors.length) throw new Error(problemText('build.searchIndex.notWritten', { errors: written.errors.join('; ') }));
  await pagefind.close();
  removeUnusedUi(path.join(outDir, SEARCH_DIR));

  const pages = indexedPages(path.join(outDir, SEARCH_DIR));
  const vocabulary = buildVocabulary(
    pages.map((page) => page.content),
    ...glossaryAndActors(outDir),
  );
  writeFileSync(path.join(outDir, SEARCH_DIR, VOCABULARY_FILE), JSON.stringify(vocabulary));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  return problemText('build.searchIndex.done', { pages: pages.length, words: Object.keys(vocabulary.words).length, seconds });
}

/** Astro integration: the search index of `astro build`, unless `npm run build` makes it after Astro (`build-script.ts`). */
export function searchIndex(): AstroIntegration {
  return {
    name: SEARCH_INDEX_LOG,
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!byBuildScript()) logger.info(await buildSearchIndex(fileURLToPath(dir)));
      },
    },
  };
}

/**
 * Prepares the copy of a page that is indexed, so that excerpts read as
 * sentences: a space between adjacent elements (`<a>Socialnämnden</a><span>ansvarar</span>`
 * is two words, not one), a semicolon between the cells of a table row and a
 * full stop after its last cell, and a colon after a term in a description list and a full stop after its description.
 * Pagefind itself ends headings, paragraphs and list items with a full stop.
 */
export function separateElements(html: string): string {
  return (
    html
      .replace(/(?<![.!?:;])<\/(td|th)>(?=\s*<t[dh][\s>])/g, ';</$1>')
      .replace(/(?<![.!?:;])<\/(td|th)>(?=\s*<\/tr>)/g, '.</$1>')
      .replace(/(?<![.!?:;])<\/dt>/g, ':</dt>')
      .replace(/(?<![.!?:;])<\/dd>/g, '.</dd>')
      // Only before an opening tag: a space between two closing tags would stand before the mark added above.
      .replace(/>(?=<[a-z])/gi, '> ')
  );
}

/**
 * The copies of the pages that Pagefind indexes, prepared by `separateElements`
 * in a temporary folder, each at its path in the build, which gives the page
 * its address. Pages without `data-pagefind-body`, which Pagefind leaves out,
 * are not copied. `update` copies only what was written or changed since its
 * last call, so `npm run build` can prepare the copies while Astro still writes pages.
 */
export class IndexedCopies {
  readonly folder = mkdtempSync(path.join(tmpdir(), 'riktlinjer-sok-'));
  /** The modification time of each page when it was copied. */
  readonly #copied = new Map<string, number>();

  /**
   * Copies the pages of `outDir` that are new or changed since the last call.
   * @param settledBefore leaves out the pages last written at or after this time (`Date.now()`), which may still be being written.
   */
  update(outDir: string, settledBefore = Infinity): void {
    for (const { file, mtimeMs } of changedFiles(outDir, this.#copied, (name) => name.endsWith('.html'), settledBefore)) {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      const copy = path.join(this.folder, file);
      if (html.includes('data-pagefind-body')) {
        mkdirSync(path.dirname(copy), { recursive: true });
        writeFileSync(copy, separateElements(html));
      } else {
        rmSync(copy, { force: true });
      }
      this.#copied.set(file, mtimeMs);
    }
  }

  remove(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/**
 * The glossary's terms and the actors' jobs, from the open data the build has
 * just written (`/data/ordlista.json`, `/data/aktorer.json`, from the same
 * entries as the pages), in the order of their ids.
 */
function glossaryAndActors(outDir: string): [GlossaryTerm[], JobActor[]] {
  const items = <T extends { id: string }>(file: string): T[] =>
    (JSON.parse(readFileSync(path.join(outDir, paths.dataFile(file)), 'utf8')) as { items: T[] }).items.sort((a, b) =>
      a.id < b.id ? -1 : 1,
    );
  const actors = items<Omit<JobActor, 'abbreviation'> & { abbreviation: string | null }>('aktorer.json');
  return [
    items<GlossaryTerm & { id: string }>('ordlista.json'),
    actors.map((actor) => ({ ...actor, abbreviation: actor.abbreviation ?? undefined })),
  ];
}

/**
 * Pagefind writes its ready-made search interfaces beside the index; the site
 * has its own search page (`src/components/search/`) and loads only
 * `pagefind.js`, its worker, the WebAssembly and the index, so the rest is not shipped.
 */
export const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function removeUnusedUi(searchDir: string): void {
  for (const name of readdirSync(searchDir)) if (UNUSED_UI.test(name)) rmSync(path.join(searchDir, name));
}
