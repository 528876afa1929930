import { slug } from 'github-slugger';
import { problem, problemText } from '../../i18n/problems.ts';
import { collectionFiles, type CollectionName } from '../../schemas.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

const ID_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The extension of the files a collection reads, from its pattern in `collectionFiles`.
 * @example extensionOf('dokument') // '.yaml'
 */
export const extensionOf = (collection: CollectionName): string => collectionFiles[collection].pattern.replace(/^.*\*/, '');

/** The id a file name becomes once Swedish letters and spaces are replaced: `Socialnämnden` → `socialnamnden`. */
export function slugify(name: string): string {
  return name
    .split('/')
    .map((segment) =>
      segment
        .toLocaleLowerCase('sv-SE')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .join('/');
}

/** The id Astro's glob loader gives a file (github-slugger per folder level), which decides whether two files clash. */
const astroId = (id: string) =>
  id
    .split('/')
    .map((segment) => slug(segment))
    .join('/');

/**
 * Checks the files themselves: each name must work as an id, each file must
 * have its collection's extension (the build skips others without a word),
 * and no two files in a collection may end up with the same id, as
 * `Nattvandring.mdx` and `nattvandring.mdx` or `x.md` and `x.mdx` would.
 */
export function fileProblems(entries: readonly SourceEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, SourceEntry>();
  const ownFirst = [...entries].sort(
    (a, b) => Number(Boolean(a.ignoredExtension)) - Number(Boolean(b.ignoredExtension)) || a.file.localeCompare(b.file),
  );
  const clashes = new Map<SourceEntry, SourceEntry>();
  for (const entry of ownFirst) {
    const key = `${entry.collection}/${astroId(entry.id)}`;
    const first = byId.get(key);
    if (first) clashes.set(entry, first);
    else byId.set(key, entry);
  }

  for (const entry of entries) {
    const clash = clashes.get(entry);
    const expected = extensionOf(entry.collection);
    if (entry.ignoredExtension) {
      const { message, fix } = problem('file.ignored', {
        files: problemText(`noun.files.${entry.collection}`),
        extension: expected,
        name: `${entry.id}${expected}`,
      });
      problems.push({ file: entry.file, line: 1, message, fix: clash ? problemText('file.ignoredClash.fix', { file: clash.file }) : fix });
      continue;
    }
    const validName = entry.id.split('/').every((segment) => ID_SEGMENT.test(segment));
    if (!validName || clash) {
      problems.push({
        file: entry.file,
        line: 1,
        ...(clash ? problem('file.clash', { file: clash.file }) : problem('file.badName', { id: entry.id, slug: slugify(entry.id) })),
      });
    }
  }
  return problems;
}

/**
 * Checks that no page gets an address the site already uses: a file in
 * `content/sidor/` is published at `/<id>/`, so `ordlista.mdx` would clash with
 * the glossary.
 * @param reserved the first path segments of the site's own pages, e.g. `['ordlista', 'sok', …]`.
 */
export function routeProblems(entries: readonly SourceEntry[], reserved: readonly string[]): ContentProblem[] {
  return entries
    .filter((entry) => entry.collection === 'sidor' && !entry.ignoredExtension && reserved.includes(entry.id.split('/')[0]!))
    .map((entry) => ({
      file: entry.file,
      line: 1,
      ...problem('file.routeTaken', { id: entry.id, segment: entry.id.split('/')[0]!, name: entry.id.replace(/\//g, '-') }),
    }));
}
