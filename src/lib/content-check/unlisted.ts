/**
 * A reminder for a new intervention: the guideline sections that describe it
 * list it in `interventions`, which puts it under "Insatser i avsnittet" on the
 * section and "Avsnitt som tar upp insatsen" on its own page. One that no
 * section lists is reachable only from the catalogue, cut off from the
 * guidelines that are its reason to be on the site.
 */
import { problem } from '../../i18n/problems.ts';
import type { SectionData } from '../../schemas.ts';
import type { SourceEntry, ValidEntry } from '../content-source/source.ts';
import { slugify } from './files.ts';
import type { ContentProblem } from './problem.ts';

/**
 * Interventions that no guideline section lists. Nothing is said while a
 * section fails its schema, since its list is then unknown, nor of a file
 * whose name is not yet an id (`Nattvandring.mdx`): renaming it comes first.
 */
export function unlistedInterventionProblems(entries: readonly SourceEntry[], valid: readonly ValidEntry[]): ContentProblem[] {
  const sections = valid.filter(({ source }) => source.collection === 'riktlinjer');
  if (sections.length < entries.filter((entry) => entry.collection === 'riktlinjer').length) return [];
  const listed = new Set(sections.flatMap(({ data }) => (data as SectionData).interventions.map((ref) => ref.id)));
  return valid
    .filter(({ source }) => source.collection === 'insatser' && slugify(source.id) === source.id && !listed.has(source.id))
    .map(({ source }) => ({
      file: source.file,
      line: source.lineOf(['title']),
      ...problem('intervention.unlisted', { id: source.id }),
    }));
}
