/**
 * What Pagefind itself indexed: the text of every page as its fragment files
 * hold it. The search vocabulary is built from these, so it always knows the
 * words Pagefind can find, whatever rules Pagefind applies to the HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { problemText } from '../../i18n/problems.ts';

/** Pagefind's fragment files start with this signature, then the page as JSON. */
const SIGNATURE = 'pagefind_dcd';

/** One indexed page: its address and its text as Pagefind indexed it. */
export interface IndexedPage {
  url: string;
  content: string;
}

/**
 * Reads one gzip-compressed fragment file.
 * @throws when the file is not a Pagefind fragment, so a format change fails the build instead of emptying the vocabulary.
 */
export function readFragment(bytes: Uint8Array): IndexedPage {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(problemText('build.searchIndex.unknownFragment', { start: text.slice(0, 20) }));
  const { url, content } = JSON.parse(text.slice(SIGNATURE.length)) as IndexedPage;
  return { url, content };
}

/** Every page in a Pagefind bundle (the folder with `pagefind.js`), sorted by address so the result is the same on every build. */
export function indexedPages(searchDir: string): IndexedPage[] {
  const folder = path.join(searchDir, 'fragment');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => readFragment(readFileSync(path.join(folder, name))))
    .sort((a, b) => a.url.localeCompare(b.url));
}
