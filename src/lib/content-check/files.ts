import { slug } from 'github-slugger';
import { collectionFiles, type CollectionName } from '../../schemas.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

const ID_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What the files of each collection are called in messages. */
const FILES_OF: Record<CollectionName, string> = {
  installningar: 'inställningar',
  dokument: 'dokument',
  aktorer: 'aktörer',
  ordlista: 'begrepp i ordlistan',
  insatser: 'insatser',
  ansvar: 'uppgifter i ansvarsmatrisen',
  riktlinjer: 'avsnitt',
  sidor: 'sidor',
};

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
    const expected = collectionFiles[entry.collection].pattern.replace(/^.*\*/, '');
    if (entry.ignoredExtension) {
      problems.push({
        file: entry.file,
        line: 1,
        message: `Filen läses inte av bygget: ${FILES_OF[entry.collection]} skrivs i ${expected}-filer.`,
        fix: clash
          ? `Det finns redan ${clash.file}. För över ändringarna dit och ta bort den här filen.`
          : `Byt namn på filen till ${entry.id}${expected}.`,
      });
      continue;
    }
    const validName = entry.id.split('/').every((segment) => ID_SEGMENT.test(segment));
    if (!validName || clash) {
      problems.push({
        file: entry.file,
        line: 1,
        message: clash ? `Filen får samma id som ${clash.file}.` : `Filnamnet "${entry.id}" kan inte användas som id.`,
        fix: clash
          ? 'Två filer i samma mapp får inte skilja sig bara i stora och små bokstäver. Slå ihop dem eller byt namn på den ena.'
          : `Byt namn på filen till "${slugify(entry.id)}" (bara a–z, 0–9 och bindestreck; å och ä blir a, ö blir o).`,
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
      message: `Sidan skulle få adressen /${entry.id}/, men /${entry.id.split('/')[0]}/ används redan av webbplatsen.`,
      fix: `Byt namn på filen, t.ex. till "om-${entry.id.replace(/\//g, '-')}".`,
    }));
}
