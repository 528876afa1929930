import { describe, expect, it } from 'vitest';
import { countBlocks, isLongWord, lixLevel, lixOf, lixScore, sentencesOf, wordsOf } from './lix.ts';

describe('LIX', () => {
  it('adds words per sentence to the percentage of words longer than six letters', () => {
    // 7 words, 2 sentences, 1 long word (Stockholm): 7 / 2 + 100 × 1 / 7 = 3.5 + 14.29
    expect(countBlocks(['Jag heter Anna. Jag bor i Stockholm.'])).toEqual({ words: 7, sentences: 2, longWords: 1 });
    expect(lixScore('Jag heter Anna. Jag bor i Stockholm.')).toBeCloseTo(17.79, 2);
  });

  it('scores a sentence of official compounds as very hard', () => {
    // 5 words, 1 sentence, 4 long words: 5 + 100 × 4 / 5 = 85
    expect(lixScore('Stadsledningskontoret sammanställer nulägesrapporten vartannat år.')).toBe(85);
    expect(lixLevel(85)).toBe('mycket svår');
  });

  it('computes the index from counts and is 0 for no text', () => {
    expect(lixOf({ words: 200, sentences: 10, longWords: 50 })).toBe(45);
    expect(lixScore('')).toBe(0);
  });

  it('counts every block as at least one sentence, so a heading without a full stop is one', () => {
    expect(countBlocks(['Mål och budget', 'Stockholm ska vara tryggt.']).sentences).toBe(2);
  });

  it('does not end a sentence at an abbreviation, a section number or an SFS number', () => {
    expect(sentencesOf('Det finns t.ex. planer. Följ dem! Enligt SFS 2023:196 gäller det. Vad gäller?')).toEqual([
      'Det finns t.ex. planer.',
      'Följ dem!',
      'Enligt SFS 2023:196 gäller det.',
      'Vad gäller?',
    ]);
  });

  it('counts words with letters only, and long words by their letters', () => {
    expect(wordsOf('Lag (2018:1937) om t.ex. tillgänglighet, 2024.')).toEqual(['Lag', 'om', 't.ex', 'tillgänglighet']);
    expect(isLongWord('nämnden')).toBe(true);
    expect(isLongWord('nämnd')).toBe(false);
    expect(isLongWord('t.ex')).toBe(false);
  });

  it('names the usual levels', () => {
    expect([25, 35, 45, 55, 65].map(lixLevel)).toEqual(['mycket lätt', 'lätt', 'medelsvår', 'svår', 'mycket svår']);
  });
});
