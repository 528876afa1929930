import { describe, expect, it } from 'vitest';
import { familyOf, stemsOf, SUFFIX_CLASSES } from './families.ts';

/** A vocabulary as the site's: words with the number of pages they occur on. */
const vocabulary = Object.fromEntries(
  ['rasistiska', 'radikalisering', 'rekrytering', 'samordning', 'trygghet', 'mentorskap', 'demokratiska', 'möjlighet', 'rast', 'ist'].map(
    (word, i) => [word, 10 - i],
  ),
);

describe('word families', () => {
  // One case per suffix class: a form the reader types, and the site's word it must find.
  const cases: Record<keyof typeof SUFFIX_CLASSES, [typed: string, expected: string]> = {
    ism: ['rasism', 'rasistiska'],
    isera: ['radikaliserad', 'radikalisering'],
    era: ['rekryterare', 'rekrytering'],
    ing: ['samordnare', 'samordning'],
    het: ['trygg', 'trygghet'],
    skap: ['mentor', 'mentorskap'],
    isk: ['demokrati', 'demokratiska'],
    lig: ['möjliga', 'möjlighet'],
  };
  it.each(Object.entries(cases))('finds the family across the suffix class -%s', (_, [typed, expected]) => {
    expect(familyOf(typed, vocabulary)).toContain(expected);
  });

  it('does not join words that only share their first letters', () => {
    expect(familyOf('rasism', vocabulary)).not.toContain('rast');
    expect(familyOf('ras', vocabulary)).toEqual(['rasistiska']);
  });

  it('keeps a stem of at least three letters', () => {
    expect(stemsOf('ist')).toEqual(['ist']);
    expect(stemsOf('rasistiska')).toEqual(expect.arrayContaining(['rasistiska', 'ras', 'rasist']));
  });

  it('lists the closest relatives first', () => {
    // radikaliserad and radikalisering share "radikaliser", radikal only "radikal", though it is more common.
    const words = { radikal: 9, radikalisering: 3 };
    expect(familyOf('radikaliserad', words)).toEqual(['radikalisering', 'radikal']);
  });
});
