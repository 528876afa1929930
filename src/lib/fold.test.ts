/**
 * Folding å, ä and ö (and case) is done in two browser bundles that must not
 * share a chunk (each would cost the page a request): the search's `fold` and
 * the actor chooser's `foldSwedish`. One table of cases holds both to the same behaviour.
 */
import { describe, expect, it } from 'vitest';
import { foldSwedish } from './actor-filter.ts';
import { fold } from './search/text.ts';

const CASES: [string, string][] = [
  ['Lägesbild', 'lagesbild'],
  ['ÅTGÄRDSPLAN', 'atgardsplan'],
  ['Södermalms stadsdelsnämnd', 'sodermalms stadsdelsnamnd'],
  ['Hägersten-Älvsjö', 'hagersten-alvsjo'],
  ['café', 'cafe'],
  ['SIG', 'sig'],
];

describe.each([
  ['search (fold)', fold],
  ['actor chooser (foldSwedish)', foldSwedish],
])('folding Swedish letters in the %s', (_, copy) => {
  it.each(CASES)('folds %s to %s', (input, folded) => {
    expect(copy(input)).toBe(folded);
  });
});
