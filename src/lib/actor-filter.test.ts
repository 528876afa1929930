import { describe, expect, it } from 'vitest';
import { foldSwedish, matchesQuery } from './actor-filter.ts';

describe('the actor chooser’s matching', () => {
  it('ignores case and finds å, ä and ö when typed as a and o', () => {
    expect(foldSwedish('Södermalms stadsdelsnämnd')).toBe('sodermalms stadsdelsnamnd');
    expect(matchesQuery('Hägersten-Älvsjö stadsdelsnämnd', 'alvsjo')).toBe(true);
    expect(matchesQuery('Socialnämnden', 'SOCIAL')).toBe(true);
  });

  it('needs every word of the query, in any order', () => {
    expect(matchesQuery('Kommunstyrelsen KS', 'ks kommun')).toBe(true);
    expect(matchesQuery('Kommunstyrelsen KS', 'ks polis')).toBe(false);
  });

  it('matches everything when the query is empty', () => {
    expect(matchesQuery('Polisen', '  ')).toBe(true);
  });
});
