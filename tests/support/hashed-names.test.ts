import { describe, expect, it } from 'vitest';
import { OFFICIALS_SURNAMES, hashedNamesIn, wordHash } from './hashed-names.ts';

describe('finding names by their hash', () => {
  it('catches a name whose hash it holds, in any case, and nothing else', () => {
    const fictional = new Set([wordHash('svensson')]);
    expect(hashedNamesIn('Frågor besvaras av Anna SVENSSON på förvaltningen.', fictional)).toEqual(['SVENSSON']);
    expect(hashedNamesIn('Frågor besvaras av samordnaren på förvaltningen.', fictional)).toEqual([]);
  });

  it('holds four surnames as hashes, none of them readable', () => {
    expect(OFFICIALS_SURNAMES.size).toBe(4);
    for (const hash of OFFICIALS_SURNAMES) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
