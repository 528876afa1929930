import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkEntries, type CheckOptions } from './check.ts';
import type { ContentProblem } from './problem.ts';
import { bodyCache, parseBodies } from '../content-source/mdx-tree.ts';
import { readContent, type SourceEntry } from '../content-source/source.ts';

export { formatProblems, type ContentProblem } from './problem.ts';

/** Folders the build writes beside the pages (Astro's assets, the search index). */
const BUILD_FOLDERS = ['_astro', 'pagefind'];

/** The files (not folders) under `directory`, relative to it with forward slashes. */
function list(directory: string, recursive: boolean): string[] {
  try {
    return readdirSync(directory, { recursive, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => path.relative(directory, path.join(item.parentPath, item.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}

/** What the checker needs to know about the project around `content/`: public files and the site's own routes. */
export function siteOptions(rootDir: string): CheckOptions {
  // The first folder or file name of every route file; empty folders make no route.
  const routes = list(path.join(rootDir, 'src/pages'), true)
    .filter((name) => /\.(astro|ts|js|md|mdx)$/.test(name))
    .map((name) => name.split('/')[0]!.replace(/\.(astro|ts|js|md|mdx)$/, ''))
    .filter((name) => name !== 'index' && !name.startsWith('[') && !name.startsWith('_'));
  return {
    publicFiles: list(path.join(rootDir, 'public'), true),
    reservedSegments: [...new Set([...routes, ...BUILD_FOLDERS])],
  };
}

/**
 * Reads and checks all content under `rootDir/content`; returns every problem
 * found and the entries read, so a caller can go on (e.g. to the readability
 * report) without reading and parsing the files again. MDX bodies unchanged
 * since the last run are taken from the cache in `node_modules/.cache/`.
 */
export function checkContent(rootDir: string): { problems: ContentProblem[]; entries: SourceEntry[] } {
  const entries = readContent(rootDir);
  const cache = bodyCache(rootDir);
  parseBodies(entries, cache);
  cache.save();
  return { problems: checkEntries(entries, siteOptions(rootDir)).problems, entries };
}
