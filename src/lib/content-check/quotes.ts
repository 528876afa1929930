/**
 * The quotes that back every claim: each quote in a `dokument` entry must
 * occur word for word in the document's stored text, its id must be unique on
 * the site, and every role, responsible actor, partner, cadence and example
 * that cites a quote must cite one that exists.
 */
import { problem, problemText } from '../../i18n/problems.ts';
import { findQuote, quoteMismatch } from '../quotes.ts';
import type { ParsedEntry } from '../content-source/source.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import { closest } from './suggest.ts';

interface StoredQuote {
  id: string;
  text: string;
}

/** A list field of parsed frontmatter; empty when the field did not pass its schema. */
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** Every quote id in the documents whose quotes passed their schema. */
export function quoteIds(parsed: readonly ParsedEntry[]): string[] {
  return parsed
    .filter((entry) => entry.source.collection === 'dokument')
    .flatMap((entry) => list<StoredQuote>(entry.data.quotes).map((quote) => quote.id));
}

/** A quote that is not in its document's text, a document with quotes but no text, and a quote id used twice. */
export function storedQuoteProblems(parsed: readonly ParsedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const { source, data } of parsed) {
    if (source.collection !== 'dokument') continue;
    const text = data.text as string | undefined;
    for (const [index, quote] of list<StoredQuote>(data.quotes).entries()) {
      const at = (field: string) => ({
        file: source.file,
        line: source.lineOf(['quotes', index, field]),
        field: fieldName(['quotes', index, field]),
      });
      const first = seen.get(quote.id);
      if (first) {
        problems.push({ ...at('id'), ...problem('quote.duplicateId', { id: quote.id, file: first }) });
      } else {
        seen.set(quote.id, source.file);
      }
      if (text === undefined) {
        problems.push({ ...at('text'), ...problem('quote.noText') });
        continue;
      }
      if (findQuote(text, quote.text)) continue;
      const { matched, next } = quoteMismatch(text, quote.text);
      const { message, fix } = problem('quote.notInText', { matched: lastWords(matched), next });
      problems.push({ ...at('text'), message, fix: matched ? fix : problemText('quote.firstWordMissing.fix', { next }) });
    }
  }
  return problems;
}

const lastWords = (text: string) => text.split(' ').slice(-6).join(' ');

/** Where a collection's frontmatter cites quotes. */
function* citations(collection: string, data: Record<string, unknown>): Generator<{ path: PropertyKey[]; id: string }> {
  if (collection === 'insatser') {
    if (typeof data.example === 'string') yield { path: ['example'], id: data.example };
    for (const [index, id] of list<string>(data.targetBasis).entries()) yield { path: ['targetBasis', index], id };
    for (const field of ['responsible', 'partners'] as const) {
      for (const [index, item] of list<{ basis: string }>(data[field]).entries()) yield { path: [field, index, 'basis'], id: item.basis };
    }
  }
  if (collection === 'ansvar') {
    const cadence = data.cadence as { basis: string } | undefined;
    if (cadence) yield { path: ['cadence', 'basis'], id: cadence.basis };
    for (const [index, item] of list<{ basis: string }>(data.roles).entries()) yield { path: ['roles', index, 'basis'], id: item.basis };
  }
}

/** A role, actor, cadence or example that cites a quote no document has. */
export function citationProblems(parsed: readonly ParsedEntry[], known: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { source, data } of parsed) {
    for (const { path, id } of citations(source.collection, data)) {
      if (known.includes(id)) continue;
      const suggestions = closest(id, known);
      problems.push({
        file: source.file,
        line: source.lineOf(path),
        field: fieldName(path),
        ...problem(
          'quote.unknown',
          { id },
          suggestions.length ? problemText('hint.closestIds', { ids: suggestions.join(', ') }) : undefined,
        ),
      });
    }
  }
  return problems;
}
