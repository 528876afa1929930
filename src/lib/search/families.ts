/**
 * Swedish word families: `rasism`, `rasist` and `rasistiska` share the stem
 * `ras` but not a start, so Pagefind's prefix match cannot find one from the
 * other. When a word is not on the site, the search looks up the site's words
 * of the same family instead.
 */

/**
 * Derivational suffixes by class, each with the inflected forms a reader or a
 * page may use. A word's stem is what is left when its longest suffix is taken off.
 */
export const SUFFIX_CLASSES = {
  /** rasism, rasist, rasistisk: -ism, -ist, -istisk */
  ism: ['ismen', 'ismer', 'ism', 'isterna', 'isten', 'ister', 'ist', 'istiska', 'istiskt', 'istisk'],
  /** radikalisering, radikaliserad, radikalisera: -isera, -isering */
  isera: ['iseringen', 'isering', 'iserades', 'iserade', 'iserad', 'iserat', 'iseras', 'iserar', 'isera'],
  /** rekrytera, rekrytering, rekryterare: -era, -ering, -erare */
  era: ['eringen', 'eringar', 'ering', 'erarna', 'eraren', 'erare', 'erades', 'erade', 'erad', 'erat', 'eras', 'erar', 'era'],
  /** samordna, samordning, samordnare: -ing, -are, -ande after a verb stem */
  ing: ['ingarna', 'ingen', 'ingar', 'ing', 'arna', 'aren', 'are', 'andet', 'ande', 'ade', 'ad', 'at', 'ar', 'a'],
  /** trygghet, trygg: -het */
  het: ['heterna', 'heten', 'heter', 'het'],
  /** mentorskap, mentor: -skap */
  skap: ['skapen', 'skapet', 'skaper', 'skap'],
  /** demokratisk, demokrati, demokrat: -isk, -i */
  isk: ['iska', 'iskt', 'isk', 'in', 'i'],
  /** möjlig, möjlighet: -lig */
  lig: ['ligen', 'liga', 'ligt', 'lig'],
} as const;

/** The shortest stem kept: `ras` from `rasism`, but nothing from `ist`. */
const MIN_STEM = 3;

const SUFFIXES = [...new Set(Object.values(SUFFIX_CLASSES).flat())].sort((a, b) => b.length - a.length);

/**
 * The stems a word may share with its family: the word itself and the word
 * without each derivational suffix it ends in, keeping at least three letters.
 * @example stemsOf('rasistiska') // ['rasistiska', 'ras', 'rasist', 'rasistisk']
 */
export function stemsOf(word: string): string[] {
  const lower = word.toLocaleLowerCase('sv-SE');
  const stripped = SUFFIXES.filter((suffix) => lower.endsWith(suffix) && lower.length - suffix.length >= MIN_STEM).map((suffix) =>
    lower.slice(0, -suffix.length),
  );
  return [...new Set([lower, ...stripped])];
}

/**
 * The vocabulary's words of the same family as `word`, other than the word
 * itself: those that share a stem with it, the closest relatives (longest
 * shared stem) first, then the most common.
 * @example familyOf('rasism', { rasistiska: 2, rast: 1 }) // ['rasistiska']
 */
export function familyOf(word: string, vocabulary: Readonly<Record<string, number>>): string[] {
  const lower = word.toLocaleLowerCase('sv-SE');
  const stems = new Set(stemsOf(lower));
  const shortest = Math.min(...[...stems].map((stem) => stem.length));
  const closeness = new Map<string, number>();
  for (const candidate of Object.keys(vocabulary)) {
    if (candidate === lower || candidate.length < shortest) continue;
    const shared = stemsOf(candidate).filter((stem) => stems.has(stem));
    if (shared.length) closeness.set(candidate, Math.max(...shared.map((stem) => stem.length)));
  }
  return [...closeness.keys()].sort((a, b) => closeness.get(b)! - closeness.get(a)! || (vocabulary[b] ?? 0) - (vocabulary[a] ?? 0));
}
