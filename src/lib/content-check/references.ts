import { problem, problemText } from '../../i18n/problems.ts';
import type { CollectionName, Ref } from '../../schemas.ts';
import { extensionOf } from './files.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';
import { closest } from './suggest.ts';

/** Every reference in `data`, with its path. */
function* references(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; ref: Ref }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* references(item, [...path, index]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    if (typeof record.collection === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) {
      yield { path, ref: record as unknown as Ref };
      return;
    }
    for (const [key, item] of Object.entries(record)) yield* references(item, [...path, key]);
  }
}

/** A frontmatter reference to an actor, intervention, term or document that does not exist, with the closest ids. */
export function referenceProblems(entry: SourceEntry, data: unknown, ids: Record<CollectionName, string[]>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { path, ref } of references(data)) {
    const known = ids[ref.collection];
    if (known.includes(ref.id)) continue;
    const suggestions = closest(ref.id, known);
    problems.push({
      file: entry.file,
      line: entry.lineOf(path),
      field: fieldName(path),
      ...problem(
        'reference.unknown',
        {
          unknown: problemText(`noun.unknown.${ref.collection}`),
          id: ref.id,
          collection: ref.collection,
          extension: extensionOf(ref.collection),
        },
        suggestions.length ? problemText('hint.closestIds', { ids: suggestions.join(', ') }) : undefined,
      ),
    });
  }
  return problems;
}
