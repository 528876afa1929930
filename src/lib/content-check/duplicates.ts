import { problem, type ProblemRule } from '../../i18n/problems.ts';
import type { CollectionName } from '../../schemas.ts';
import type { ParsedEntry } from '../content-source/source.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

/** Fields whose value must be unique within a collection, and the rule that explains a duplicate to an editor. */
const UNIQUE_FIELDS: { collection: CollectionName; field: string; rule: ProblemRule }[] = [
  { collection: 'riktlinjer', field: 'order', rule: 'duplicate.sectionOrder' },
  { collection: 'riktlinjer', field: 'title', rule: 'duplicate.sectionTitle' },
  { collection: 'ansvar', field: 'order', rule: 'duplicate.dutyOrder' },
  { collection: 'ansvar', field: 'title', rule: 'duplicate.dutyTitle' },
  { collection: 'insatser', field: 'title', rule: 'duplicate.interventionTitle' },
  { collection: 'aktorer', field: 'name', rule: 'duplicate.actorName' },
  { collection: 'ordlista', field: 'term', rule: 'duplicate.term' },
  { collection: 'dokument', field: 'title', rule: 'duplicate.documentTitle' },
  { collection: 'sidor', field: 'title', rule: 'duplicate.pageTitle' },
];

/** Two sections with the same order number, two actors with the same name, and so on. */
export function duplicateProblems(parsed: readonly ParsedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { collection, field, rule } of UNIQUE_FIELDS) {
    const seen = new Map<string, SourceEntry>();
    for (const { source, data } of parsed) {
      if (source.collection !== collection || data[field] === undefined) continue;
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
        ...problem(rule, { value: String(data[field]), file: first.file }),
      });
    }
  }
  return problems;
}
