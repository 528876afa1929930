import { describe, expect, it } from 'vitest';
import { glossaryGaps, stem } from './glossary-gaps.ts';

describe('words the glossary may lack', () => {
  it('groups the forms of a word by a rough stem', () => {
    expect(stem('lägesbilderna')).toBe('lägesbild');
    expect(stem('lägesbilden')).toBe('lägesbild');
  });

  it('lists long words used often that no term covers, most frequent first, with their pages', () => {
    const pages = [
      { page: '/a/', text: 'Samverkansöverenskommelsen gäller. Vårdnadshavare får stöd. Lägesbildsarbetet pågår.' },
      { page: '/b/', text: 'Samverkansöverenskommelser skrivs. Lägesbilden visar läget. Samverkansöverenskommelsen följs upp.' },
      { page: '/c/', text: 'Vårdnadshavare och vårdnadshavaren.' },
    ];
    expect(glossaryGaps(pages, ['lägesbild'], { minLength: 12, minCount: 2 })).toEqual([
      { word: 'samverkansöverenskommelsen', count: 3, pages: ['/a/', '/b/'] },
      { word: 'vårdnadshavare', count: 3, pages: ['/a/', '/c/'] },
    ]);
  });

  it('leaves out words in the ignore list and words below the limits', () => {
    const pages = [
      { page: '/a/', text: 'Organisationen och organisation. Tillfälligtvis. Personuppgifter och personuppgifterna.' },
      { page: '/b/', text: 'Organisationen.' },
    ];
    expect(glossaryGaps(pages, [], { minLength: 12, minCount: 2, ignore: ['organisationen'] })).toEqual([]);
  });
});
