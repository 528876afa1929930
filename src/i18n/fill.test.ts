import { describe, expect, it } from 'vitest';
import { fill } from './fill.ts';
import { t } from './index.ts';

describe('filling {placeholders}', () => {
  it('puts each value in its place, as often as it occurs', () => {
    expect(fill('{a} och {b}, sedan {a} igen', { a: 1, b: 'två' })).toBe('1 och två, sedan 1 igen');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(fill('{count} träffar för ”{q}”', { count: 3 })).toBe('3 träffar för ”{q}”');
  });

  it('is what t() uses for the UI strings', () => {
    expect(t('section.order', { order: 2, count: 11 })).toBe(fill('Avsnitt {order} av {count}', { order: 2, count: 11 }));
  });
});
