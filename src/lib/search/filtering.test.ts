import { describe, expect, it } from 'vitest';
import { applyFilters, filterCounts, type FilterMembers } from './filtering.ts';

const members: FilterMembers = {
  typ: { insats: new Set(['a', 'b']), aktor: new Set(['c']) },
  slag: { riktad: new Set(['a']), forebyggande: new Set(['b']) },
};
const results = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

describe('search filters', () => {
  it('keeps the results that carry every selected value', () => {
    expect(applyFilters(results, {}, members)).toEqual(results);
    expect(applyFilters(results, { typ: 'insats' }, members).map((r) => r.id)).toEqual(['a', 'b']);
    expect(applyFilters(results, { typ: 'insats', slag: 'riktad' }, members).map((r) => r.id)).toEqual(['a']);
    expect(applyFilters(results, { typ: 'okand' }, members)).toEqual([]);
  });

  it('counts for each value exactly the results that choosing it shows', () => {
    const selected = { slag: 'riktad' };
    const counts = filterCounts(results, selected, members);
    expect(counts).toEqual({ typ: { insats: 1, aktor: 0 }, slag: { riktad: 1, forebyggande: 1 } });
    for (const [key, values] of Object.entries(counts)) {
      for (const [value, count] of Object.entries(values)) {
        expect(applyFilters(results, { ...selected, [key]: value }, members)).toHaveLength(count);
      }
    }
  });
});
