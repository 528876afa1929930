import type { CollectionName } from '../../schemas.ts';
import type { ValidEntry } from '../content-source/source.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

/** Fields whose value must be unique within a collection, and what the duplicate means to an editor. */
const UNIQUE_FIELDS: { collection: CollectionName; field: string; what: string; fix: string }[] = [
  { collection: 'riktlinjer', field: 'order', what: 'ordningsnummer', fix: 'Ge avsnitten olika nummer.' },
  { collection: 'riktlinjer', field: 'title', what: 'rubrik', fix: 'Ge varje avsnitt en egen rubrik.' },
  { collection: 'ansvar', field: 'order', what: 'ordningsnummer', fix: 'Ge uppgifterna olika nummer.' },
  { collection: 'ansvar', field: 'title', what: 'rubrik', fix: 'Ge varje uppgift en egen rubrik.' },
  { collection: 'insatser', field: 'title', what: 'rubrik', fix: 'Ge varje insats en egen rubrik.' },
  { collection: 'aktorer', field: 'name', what: 'namn', fix: 'Ge varje aktör ett eget namn.' },
  { collection: 'ordlista', field: 'term', what: 'term', fix: 'Ett begrepp ska bara finnas en gång. Slå ihop förklaringarna.' },
  { collection: 'dokument', field: 'title', what: 'titel', fix: 'Ge varje dokument en egen titel.' },
  { collection: 'sidor', field: 'title', what: 'rubrik', fix: 'Ge varje sida en egen rubrik.' },
];

/** Two sections with the same order number, two actors with the same name, and so on. */
export function duplicateProblems(valid: readonly ValidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { collection, field, what, fix } of UNIQUE_FIELDS) {
    const seen = new Map<string, SourceEntry>();
    for (const { source, data } of valid) {
      if (source.collection !== collection) continue;
      const key = String(data[field]).toLocaleLowerCase('sv-SE');
      const first = seen.get(key);
      if (!first) {
        seen.set(key, source);
        continue;
      }
      problems.push({
        file: source.file,
        line: source.lineOf([field]),
        field,
        message: `Samma ${what} (${String(data[field])}) som i ${first.file}.`,
        fix,
      });
    }
  }
  return problems;
}
