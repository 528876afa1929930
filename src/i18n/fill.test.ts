import { describe, expect, it } from 'vitest';
import { fill } from './fill.ts';

describe('fill', () => {
  it('fills every placeholder it has a value for, and leaves the others', () => {
    expect(fill('{count} av {total} aktörer', { count: 3, total: 26 })).toBe('3 av 26 aktörer');
    expect(fill('{count} träffar för ”{q}”', { count: 0 })).toBe('0 träffar för ”{q}”');
  });
});
