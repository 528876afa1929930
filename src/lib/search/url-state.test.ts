import { describe, expect, it } from 'vitest';
import { mergeResults, parseSearchState, serializeSearchState } from './url-state.ts';

describe('search state in the URL', () => {
  it('reads the query and known filters', () => {
    expect(parseSearchState('?q=l%C3%A4gesbild&typ=insats&slag=riktad&aktor=polisen&x=1')).toEqual({
      q: 'lägesbild',
      filters: { typ: 'insats', slag: 'riktad', aktor: 'polisen' },
    });
  });

  it('reads a form submission with + for spaces and an empty filter', () => {
    expect(parseSearchState('?q=sociala+insatsgrupper&typ=')).toEqual({ q: 'sociala insatsgrupper', filters: {} });
  });

  it('writes the state back in a fixed order, so equal states give equal URLs', () => {
    const state = { q: 'nämnd', filters: { aktor: 'polisen', typ: 'insats' } };
    expect(serializeSearchState(state)).toBe('?q=n%C3%A4mnd&typ=insats&aktor=polisen');
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
    expect(serializeSearchState({ q: '', filters: {} })).toBe('');
  });
});

describe('mergeResults', () => {
  it('keeps each result once, earlier searches first', () => {
    const exact = [{ id: 'a' }, { id: 'b' }];
    const compound = [{ id: 'c' }, { id: 'a' }];
    expect(mergeResults([exact, compound]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
