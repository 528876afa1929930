/**
 * Long domain words that the content uses often but the glossary does not
 * explain: candidates for a new term in `content/ordlista/`.
 */
import { INFLECTIONS } from './inflections.ts';
import { wordsOf } from './lix.ts';

/** A word the glossary may need, with every form of it that occurs. */
export interface GlossaryGap {
  /** The most frequent form, e.g. "samverkansöverenskommelsen". */
  word: string;
  /** How often all its forms occur in all the content. */
  count: number;
  /** The pages it occurs on. */
  pages: string[];
}

export interface GlossaryGapOptions {
  /** Shortest word that counts (default 12 letters). */
  minLength?: number;
  /** Fewest occurrences that count (default 3). */
  minCount?: number;
  /** Fewest pages it must occur on (default 2): a word used on one page only is that page's business. */
  minPages?: number;
  /** Words in lower case that need no entry. */
  ignore?: readonly string[];
}

/**
 * The stem a word is grouped and compared by.
 * @example stem('lägesbilderna') // 'lägesbild'
 */
export function stem(word: string): string {
  const lower = word.toLocaleLowerCase('sv-SE');
  for (const ending of INFLECTIONS) if (lower.endsWith(ending) && lower.length - ending.length >= 5) return lower.slice(0, -ending.length);
  return lower;
}

/**
 * Finds long words used often that no glossary entry covers. A word is covered
 * when it contains the stem of a word from the glossary (terms, synonyms,
 * abbreviations) or from the names of things that have their own page, so
 * "lägesbildsarbetet" is covered by "lägesbild".
 * @param pages each page's path and text.
 * @param known terms, synonyms and names that are already explained.
 */
export function glossaryGaps(
  pages: readonly { page: string; text: string }[],
  known: readonly string[],
  options: GlossaryGapOptions = {},
): GlossaryGap[] {
  const { minLength = 12, minCount = 3, minPages = 2, ignore = [] } = options;
  const knownStems = [
    ...new Set(
      known
        .flatMap(wordsOf)
        .filter((word) => word.length >= 5)
        .map(stem),
    ),
  ];
  const ignored = ignore.map(stem);
  // Stems are rough ("organisation" → "organisatio", "organisationen" → "organisation"), so either may be a prefix of the other.
  const isIgnored = (key: string) => ignored.some((word) => key.startsWith(word) || word.startsWith(key));
  const groups = new Map<string, { forms: Map<string, number>; pages: Set<string> }>();
  for (const { page, text } of pages) {
    for (const word of wordsOf(text)) {
      if (word.length < minLength) continue;
      const key = stem(word);
      if (isIgnored(key) || knownStems.some((known) => key.includes(known))) continue;
      const group = groups.get(key) ?? { forms: new Map(), pages: new Set() };
      const form = word.toLocaleLowerCase('sv-SE');
      group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
      group.pages.add(page);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map(({ forms, pages: where }) => ({
      word: [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))[0]![0],
      count: [...forms.values()].reduce((sum, count) => sum + count, 0),
      pages: [...where].sort(),
    }))
    .filter((gap) => gap.count >= minCount && gap.pages.length >= minPages)
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'sv'));
}
